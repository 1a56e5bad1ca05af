package jp.junction.bot.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.places.Areas;
import jp.junction.bot.system.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * All events: those in the data folder's {@code events.csv} overlaid by staff's creations, edits
 * and cancellations (one Redis hash, event id to its columns as JSON). When Redis is down, the CSV
 * events still answer; staff changes fail loudly.
 */
@Component
public class Events {

  private static final Logger log = LoggerFactory.getLogger(Events.class);
  private static final TypeReference<Map<String, Object>> COLUMNS = new TypeReference<>() {};

  private final Map<String, Event> fromCsv;
  private final StringRedisTemplate redis;
  private final ObjectMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;
  private final String key;
  private final Areas areas;

  public Events(
      EventsSettings settings,
      DataSettings data,
      StringRedisTemplate redis,
      ObjectMapper json,
      Clock clock,
      ApplicationEventPublisher publisher,
      Areas areas) {
    this.areas = areas;
    Map<String, Event> csv = new LinkedHashMap<>();
    EventCsv.read(data.eventsCsv()).forEach(e -> csv.put(e.id(), e));
    this.fromCsv = Map.copyOf(csv);
    this.redis = redis;
    this.json = json;
    this.clock = clock;
    this.publisher = publisher;
    this.key = settings.keyPrefix() + "stored";
    log.info("Loaded {} events from {}", csv.size(), data.eventsCsv());
  }

  /** Staff cancelled an event: its unsent notices are withdrawn. */
  public record Cancelled(String eventId) {}

  /** Every event, cancelled and past ones included, soonest first. */
  public List<Event> all() {
    Map<String, Event> merged = new HashMap<>(fromCsv);
    try {
      redis
          .<String, String>opsForHash()
          .entries(key)
          .forEach((id, raw) -> stored(id, raw).ifPresent(e -> merged.put(id, e)));
    } catch (DataAccessException | IllegalStateException e) {
      log.warn(
          "Stored events unavailable, showing events.csv only: {}", e.getClass().getSimpleName());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    return merged.values().stream()
        .map(e -> current(e, now))
        .sorted(Comparator.comparing(Event::startsAt))
        .toList();
  }

  /**
   * A repeating event at its next meeting that has not ended at {@code now}; as stored (its first
   * meeting) when no meeting is left.
   */
  private static Event current(Event e, OffsetDateTime now) {
    if (!e.recurring()) {
      return e;
    }
    return e.recurrence().next(JapanTime.of(now.toInstant()), 1, false).stream()
        .findFirst()
        .map(o -> e.at(o.start().toOffsetDateTime(), o.end().toOffsetDateTime()))
        .orElse(e);
  }

  /**
   * The next {@code count} meetings of a repeating event that have not ended (with the dates called
   * off, when {@code withSkipped}); empty for a one-off event.
   */
  public List<OpeningHours.Opening> dates(Event e, int count, boolean withSkipped) {
    return e.recurring()
        ? e.recurrence().next(JapanTime.of(clock.instant()), count, withSkipped)
        : List.of();
  }

  /**
   * Calls off one date of a repeating event (or, when {@code off} is false, puts it back); the rest
   * of the series stays. Empty when there is no such repeating event.
   */
  public Optional<Event> skip(String id, LocalDate date, boolean off) {
    return find(id)
        .filter(Event::recurring)
        .map(e -> store(e.withRecurrence(e.recurrence().skipping(date, off))));
  }

  /** Events not cancelled and not over, soonest first. */
  public List<Event> upcoming() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return all().stream().filter(e -> e.upcomingAt(now)).toList();
  }

  public Optional<Event> find(String id) {
    return all().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Creates an event from column values; a blank id gets a fresh one.
   *
   * @throws IllegalArgumentException naming the bad column, or when the id is taken
   */
  public Event create(Map<String, String> columns) {
    Map<String, String> cells = new HashMap<>(columns);
    if (cells.get("id") == null || cells.get("id").isBlank()) {
      cells.put("id", "ev-" + UUID.randomUUID().toString().substring(0, 8));
    }
    Event event = checkedPlace(EventColumns.read(cells));
    if (find(event.id()).isPresent()) {
      throw new IllegalArgumentException("id: '" + event.id() + "' already exists");
    }
    return store(event);
  }

  /** Replaces an event's columns; empty when there is no such event. */
  public Optional<Event> update(String id, Map<String, String> columns) {
    Optional<Event> before = find(id);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> cells = new HashMap<>(columns);
    cells.put("id", id);
    Event event = checkedPlace(EventColumns.read(cells));
    Event old = before.get();
    if (event.recurring() && old.recurring()) {
      // The dates called off stay called off when the rest is edited.
      Recurrence r = event.recurrence();
      event =
          event.withRecurrence(
              new Recurrence(
                  r.rule(),
                  r.everyWeeks(),
                  r.from(),
                  r.until(),
                  r.skipHolidays(),
                  old.recurrence().skipped()));
    }
    return Optional.of(store(old.cancelled() ? event.withCancelled() : event));
  }

  /** Cancels an event (it stops showing, its unsent notices are withdrawn). */
  public Optional<Event> cancel(String id) {
    Optional<Event> cancelled = find(id).map(Event::withCancelled).map(this::store);
    cancelled.ifPresent(e -> publisher.publishEvent(new Cancelled(e.id())));
    return cancelled;
  }

  /** The columns staff see and send for an event (events.csv names, plus {@code cancelled}). */
  public static Map<String, Object> columns(Event event) {
    return EventColumns.write(event);
  }

  /** Staff's events must name a real place, or 全国, so that areas and notices can find them. */
  private Event checkedPlace(Event event) {
    if (event.national()) {
      return event;
    }
    if (!areas.exists(new Areas.Area(event.prefecture(), ""))) {
      throw new IllegalArgumentException(
          "prefecture: '" + event.prefecture() + "' is not a prefecture (or 全国)");
    }
    if (!event.municipality().isEmpty()
        && !areas.exists(new Areas.Area(event.prefecture(), event.municipality()))) {
      throw new IllegalArgumentException(
          "municipality: '" + event.municipality() + "' is not in " + event.prefecture());
    }
    return event;
  }

  private Event store(Event event) {
    try {
      redis.opsForHash().put(key, event.id(), json.writeValueAsString(EventColumns.write(event)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event " + event.id() + " cannot be written", e);
    }
    return event;
  }

  /**
   * A stored event, or empty when a cell no longer passes (stored before a rule was added, such as
   * the link check): it is left out, so the other events still show.
   */
  private Optional<Event> stored(String id, String raw) {
    try {
      return Optional.of(parse(raw));
    } catch (IllegalArgumentException e) {
      log.warn("Stored event {} left out: {}", id, e.getMessage());
      return Optional.empty();
    }
  }

  private Event parse(String raw) {
    try {
      Map<String, Object> values = json.readValue(raw, COLUMNS);
      Map<String, String> cells = new HashMap<>();
      values.forEach((k, v) -> cells.put(k, v == null ? "" : v.toString()));
      Event event = EventColumns.read(cells);
      return Boolean.parseBoolean(cells.get("cancelled")) ? event.withCancelled() : event;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a stored event cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
