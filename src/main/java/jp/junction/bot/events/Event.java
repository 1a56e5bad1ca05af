package jp.junction.bot.events;

import java.time.OffsetDateTime;
import java.util.Set;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;

/**
 * One gathering, with the columns of {@code events.csv}. {@code prefecture} is {@code 全国} for a
 * national (online) event; {@code registration} empty means "just come". A repeating event has a
 * {@code recurrence} (null otherwise); as {@link Events} hands it out, its {@code startsAt} and
 * {@code endsAt} are those of its next meeting.
 */
public record Event(
    String id,
    String title,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String prefecture,
    String municipality,
    String venue,
    boolean online,
    Set<Audience> audience,
    boolean womenOnly,
    String registration,
    String description,
    boolean cancelled,
    Recurrence recurrence) {

  /** The prefecture value of national events. */
  public static final String NATIONAL = "全国";

  public Event {
    audience = Coded.copyOf(Audience.class, audience);
    municipality = municipality == null ? "" : municipality;
    venue = venue == null ? "" : venue;
    registration = registration == null ? "" : registration;
    description = description == null ? "" : description;
  }

  /** Held nationally (online for anyone), not in one prefecture. */
  public boolean national() {
    return NATIONAL.equals(prefecture);
  }

  /** Can be joined from home: online or national. */
  public boolean remote() {
    return online || national();
  }

  /** Has not ended at {@code now} (an event without an end time counts until it starts). */
  public boolean upcomingAt(OffsetDateTime now) {
    return !cancelled && (endsAt != null ? endsAt.isAfter(now) : startsAt.isAfter(now));
  }

  /** Whether it repeats. */
  public boolean recurring() {
    return recurrence != null;
  }

  Event withCancelled() {
    return with(startsAt, endsAt, true, recurrence);
  }

  /** The same event at another meeting time (a repeating event's next date). */
  Event at(OffsetDateTime start, OffsetDateTime end) {
    return with(start, end, cancelled, recurrence);
  }

  Event withRecurrence(Recurrence changed) {
    return with(startsAt, endsAt, cancelled, changed);
  }

  private Event with(OffsetDateTime start, OffsetDateTime end, boolean off, Recurrence repeats) {
    return new Event(
        id,
        title,
        start,
        end,
        prefecture,
        municipality,
        venue,
        online,
        audience,
        womenOnly,
        registration,
        description,
        off,
        repeats);
  }
}
