package jp.junction.bot.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.places.Areas;
import jp.junction.bot.system.JapanTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Staff's side of notices: schedule one for an event (waiting for morning in quiet hours, silent or
 * not), preview it exactly as LINE will show it, follow its counts, and withdraw what has not gone
 * out when the event is cancelled.
 */
@Component
public class Notices {

  private final NoticeOutbox outbox;
  private final NoticeText text;
  private final Events events;
  private final Areas areas;
  private final Clock clock;
  private final QuietHours quietHours;
  private final Surveys surveys;
  private final SubscriberSets subscribers;
  private static final LocalTime MORNING = LocalTime.of(10, 0);
  private static final java.time.Duration ESTIMATE_KEPT = java.time.Duration.ofMinutes(1);

  Notices(
      NoticeOutbox outbox,
      NoticeText text,
      Events events,
      Areas areas,
      Clock clock,
      NoticesSettings settings,
      Surveys surveys,
      SubscriberSets subscribers) {
    this.surveys = surveys;
    this.subscribers = subscribers;
    this.outbox = outbox;
    this.text = text;
    this.events = events;
    this.areas = areas;
    this.clock = clock;
    this.quietHours = new QuietHours(settings);
  }

  /**
   * Schedules a notice about {@code eventId}.
   *
   * @throws IllegalArgumentException when the event is unknown or cancelled, or an area or audience
   *     is not understood
   */
  public NoticeStatus schedule(String eventId, NoticeRequest request) {
    return enqueue(eventId, request, "notice");
  }

  /**
   * Schedules one notice per reminder: at 10:00 Japan time {@code daysBefore} days before the event
   * starts (for example 7 and 1), skipping times already past.
   *
   * @throws IllegalArgumentException when every reminder time has passed, or as {@link #schedule}
   */
  public List<NoticeStatus> scheduleReminders(
      String eventId, NoticeRequest request, List<Integer> daysBefore) {
    Event event =
        events
            .find(eventId)
            .orElseThrow(() -> new IllegalArgumentException("event: no event '" + eventId + "'"));
    List<NoticeStatus> scheduled = new ArrayList<>();
    for (int days : daysBefore) {
      OffsetDateTime at =
          event
              .startsAt()
              .atZoneSameInstant(JapanTime.ZONE)
              .toLocalDate()
              .minusDays(days)
              .atTime(MORNING)
              .atZone(JapanTime.ZONE)
              .toOffsetDateTime();
      if (at.toInstant().isAfter(clock.instant())) {
        scheduled.add(
            schedule(
                eventId,
                new NoticeRequest(
                    request.areas(),
                    request.includeNeighbours(),
                    request.audience(),
                    at,
                    request.silent())));
      }
    }
    if (scheduled.isEmpty()) {
      throw new IllegalArgumentException("sendAt: every reminder time has already passed");
    }
    return scheduled;
  }

  /**
   * Schedules the day-after question to the subscribers of the event's area (its town and those who
   * chose its whole prefecture; online subscribers for a national event), by default at 10:00 Japan
   * time the day after it ended.
   */
  public NoticeStatus scheduleSurvey(String eventId, OffsetDateTime sendAt) {
    Event event =
        events
            .find(eventId)
            .orElseThrow(() -> new IllegalArgumentException("event: no event '" + eventId + "'"));
    Areas.Area area =
        event.national()
            ? new Areas.Area(Event.NATIONAL, "")
            : new Areas.Area(event.prefecture(), event.municipality());
    OffsetDateTime ended = event.endsAt() != null ? event.endsAt() : event.startsAt();
    OffsetDateTime when =
        sendAt != null
            ? sendAt
            : ended
                .atZoneSameInstant(JapanTime.ZONE)
                .toLocalDate()
                .plusDays(1)
                .atTime(MORNING)
                .atZone(JapanTime.ZONE)
                .toOffsetDateTime();
    return enqueue(
        eventId, new NoticeRequest(List.of(area), false, null, when, false), NoticeText.SURVEY);
  }

  /** How the day-after question was answered; the distribution only from five answers on. */
  public SurveyResults surveyResults(String eventId) {
    return surveys.results(eventId);
  }

  /**
   * Answers to an event's day-after question: how many, and (only when at least five answered) how
   * many chose each of the five answers, 1 = 満足 to 5 = 不満, and what people wrote.
   */
  public record SurveyResults(
      long answers, Map<String, Long> distribution, List<String> comments) {}

  /**
   * How many subscribers the request would reach if it went out now: a count only, for staff to
   * check the audience before sending.
   */
  public long estimate(NoticeRequest request) {
    checked(request);
    return reached(
        subscribers.targets(request.areas(), request.includeNeighbours(), request.audience()));
  }

  /**
   * How many a notice that is still waiting (for its time, or for morning) would reach if it went
   * now: a count only, for staff, since its recipients are counted when it falls due.
   */
  public long estimateOf(String noticeId) {
    return outbox
        .read(noticeId)
        .map(n -> reached(subscribers.targets(n.areas(), n.neighbours(), n.audience())))
        .orElse(0L);
  }

  /** How many subscribers the targets reach now, counted in a key that is dropped at once. */
  private long reached(SubscriberSets.Targets targets) {
    String dest =
        subscribers.recipients("estimate:" + UUID.randomUUID().toString().substring(0, 8));
    try {
      return subscribers.store(targets, dest, ESTIMATE_KEPT);
    } finally {
      subscribers.forget(dest);
    }
  }

  /** Refuses a request without areas or with an area that is not known. */
  private void checked(NoticeRequest request) {
    if (request.areas().isEmpty()) {
      throw new IllegalArgumentException("areas: at least one area is needed");
    }
    for (Areas.Area area : request.areas()) {
      if (area.prefecture() == null
          || !(Event.NATIONAL.equals(area.prefecture()) || areas.exists(area))) {
        throw new IllegalArgumentException("areas: unknown area '" + area.label() + "'");
      }
    }
  }

  private NoticeStatus enqueue(String eventId, NoticeRequest request, String kind) {
    Event event =
        events
            .find(eventId)
            .orElseThrow(() -> new IllegalArgumentException("event: no event '" + eventId + "'"));
    if (event.cancelled()) {
      throw new IllegalArgumentException("event: '" + eventId + "' is cancelled");
    }
    int over = text.overflow(event, kind);
    if (over > 0) {
      throw new IllegalArgumentException(
          "description: the notice would be "
              + over
              + " characters longer than LINE's "
              + LineLimits.TEXT
              + "; shorten the event's description by that much");
    }
    checked(request);
    Instant asked = request.sendAt() == null ? clock.instant() : request.sendAt().toInstant();
    // Subscribers were promised no notices in quiet hours: a silent one waits for morning too.
    Instant due = quietHours.allowed(asked);
    String id = "nt-" + UUID.randomUUID().toString().substring(0, 12);
    outbox.schedule(NoticeRecord.scheduled(id, eventId, kind, request, due));
    return status(id).orElseThrow();
  }

  /**
   * Sends a notice's batches held for a refused channel token now rather than at their next try
   * (staff call this once the token is fixed); how many batches were brought forward, empty for an
   * unknown notice.
   */
  public Optional<Integer> resume(String id) {
    return outbox.read(id).map(n -> outbox.bringForward(n, clock.millis()));
  }

  public Optional<NoticeStatus> status(String id) {
    return outbox.read(id).map(Notices::status);
  }

  private static NoticeStatus status(NoticeRecord n) {
    NoticeRecord.Counts c = n.counts();
    return new NoticeStatus(
        n.id(),
        n.eventId(),
        n.state(),
        c.recipients(),
        c.delivered(),
        c.failed(),
        c.skipped(),
        c.withdrawn(),
        OffsetDateTime.ofInstant(n.sendAt(), JapanTime.ZONE),
        n.silent(),
        n.kind());
  }

  /** The notices of an event, latest send time first. */
  public List<NoticeStatus> ofEvent(String eventId) {
    return outbox.noticesOf(eventId).stream()
        .map(this::status)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(NoticeStatus::sendAt).reversed())
        .toList();
  }

  /**
   * How many characters a notice about this event is over LINE's limit (0 when it fits): staff
   * pages warn with it, and scheduling is refused until the description is shortened.
   */
  public int overflow(Event event) {
    return text.overflow(event, null);
  }

  /** The text a notice about this event would carry, exactly as LINE shows it. */
  public String preview(Event event) {
    return text.render(event, null);
  }

  /** Withdraws every notice of the event that has not gone out. */
  @EventListener
  void onCancelled(Events.Cancelled cancelled) {
    outbox.noticesOf(cancelled.eventId()).forEach(outbox::cancel);
  }
}
