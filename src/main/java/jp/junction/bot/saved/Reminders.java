package jp.junction.bot.saved;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.system.JapanTime;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Each person's one reminder: {@code <prefix>r:<pseudonym>} holds the LINE user id (to push to),
 * what to show again (a place's id in {@code p}, or an event's id in {@code e} with the day of its
 * meeting in {@code d}; a hash without {@code e} is a place, as all were before events could be
 * reminded), when, the LINE retry key and the month, with a TTL a week past the day; {@code
 * <prefix>due} schedules the pseudonyms by when; {@code <prefix>m:<yyyy-MM>} counts the reminders
 * booked for that month against the cap. A sender claims a due one for a lease and removes it once
 * LINE has it; a sender that stopped before that leaves it to be claimed again with the same retry
 * key, so LINE delivers it once.
 */
@Component
class Reminders implements PersonalData {

  private static final RedisScript<Long> BOOK =
      RedisScript.of(new ClassPathResource("redis/remind-book.lua"), Long.class);
  private static final RedisScript<Long> STOP =
      RedisScript.of(new ClassPathResource("redis/remind-stop.lua"), Long.class);
  private static final RedisScript<String> CLAIM =
      RedisScript.of(new ClassPathResource("redis/claim.lua"), String.class);
  private static final RedisScript<Long> LATER =
      RedisScript.of(new ClassPathResource("redis/remind-later.lua"), Long.class);
  private static final RedisScript<Long> DONE =
      RedisScript.of(new ClassPathResource("redis/remind-done.lua"), Long.class);
  private static final RedisScript<Long> ORPHAN =
      RedisScript.of(new ClassPathResource("redis/remind-orphan.lua"), Long.class);

  /**
   * Attempts at booking or stopping when another booking for the same person comes between read and
   * write.
   */
  private static final int BOOK_ATTEMPTS = 5;

  /** Kept this long past the day, for a sender that was down that day to still find it. */
  static final Duration AFTER_DAY = Duration.ofDays(7);

  /** A reminder that is due, as claimed. */
  record Due(String pseudonym, String lineUserId, Reminded reminded, UUID retryKey) {
    @Override
    public String toString() {
      return "Due[" + pseudonym + ", " + reminded + "]";
    }
  }

  private final StringRedisTemplate redis;
  private final ReminderSettings settings;
  private final Clock clock;

  Reminders(StringRedisTemplate redis, ReminderSettings settings, Clock clock) {
    this.redis = redis;
    this.settings = settings;
    this.clock = clock;
  }

  /** When a reminder booked today for {@code days} from now goes out. */
  Instant when(int days) {
    return on(today().plusDays(days));
  }

  /** When a reminder for {@code day} goes out (at the reminder time, Japan time). */
  Instant on(LocalDate day) {
    return day.atTime(settings.at()).atZone(JapanTime.ZONE).toInstant();
  }

  /** Now, by the clock reminders go by. */
  Instant now() {
    return clock.instant();
  }

  /** Today in Japan. */
  LocalDate today() {
    return JapanTime.of(clock.instant()).toLocalDate();
  }

  /** Whether this month still has room (what decides whether reminders are offered). */
  boolean roomThisMonth() {
    String n = redis.opsForValue().get(counter(YearMonth.from(JapanTime.of(clock.instant()))));
    return settings.enabled() && (n == null ? 0 : Long.parseLong(n)) < settings.monthlyCap();
  }

  /** How many reminders are counted for {@code month}; -1 when the store cannot be read. */
  long booked(YearMonth month) {
    try {
      String n = redis.opsForValue().get(counter(month));
      return n == null ? 0 : Long.parseLong(n);
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /**
   * Books the person's reminder, replacing an earlier one in the same step (its place in its month
   * is given back); false when the month of {@code at} is full, and then the earlier one stays.
   */
  boolean book(Person person, String placeId, Instant at) {
    return book(person, new Reminded.Place(placeId), at);
  }

  /**
   * Books the person's reminder of a place or an event, as {@link #book(Person, String, Instant)}.
   */
  boolean book(Person person, Reminded reminded, Instant at) {
    String field = reminded instanceof Reminded.Event ? "e" : "p";
    String day = reminded instanceof Reminded.Event event ? event.day().toString() : "";
    YearMonth month = YearMonth.from(JapanTime.of(at));
    Duration keep = Duration.between(clock.instant(), at).plus(AFTER_DAY);
    ZonedDateTime monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(JapanTime.ZONE);
    Duration counterKeep = Duration.between(clock.instant(), monthEnd.toInstant()).plusDays(31);
    String retryKey = UUID.randomUUID().toString();
    for (int attempt = 0; attempt < BOOK_ATTEMPTS; attempt++) {
      Object before = redis.opsForHash().get(key(person.pseudonym()), "m");
      String replaced = before == null ? "" : before.toString();
      Long result =
          redis.execute(
              BOOK,
              List.of(
                  key(person.pseudonym()),
                  due(),
                  counter(month),
                  replaced.isEmpty() ? counter(month) : keyPrefix() + "m:" + replaced),
              person.pseudonym(),
              person.lineUserId(),
              reminded.id(),
              Long.toString(at.toEpochMilli()),
              retryKey,
              Long.toString(keep.toMillis()),
              Integer.toString(settings.monthlyCap()),
              Long.toString(counterKeep.toMillis()),
              month.toString(),
              replaced,
              field,
              day);
      if (result == null || result != -2) {
        return result != null && result > 0;
      }
    }
    // Another booking for the same person kept coming between the read and the write (two taps at
    // once): theirs stands, this one is not booked.
    return false;
  }

  /** Removes the person's reminder, giving its place in the month back; true when one was there. */
  boolean stop(Person person) {
    return remove(person.pseudonym());
  }

  /** A due reminder for this sender, for {@link ReminderSettings#lease()}; empty when none. */
  Optional<Due> claim() {
    long now = clock.millis();
    String pseudonym =
        redis.execute(
            CLAIM,
            List.of(due()),
            Long.toString(now),
            Long.toString(now + settings.lease().toMillis()));
    if (pseudonym == null) {
      return Optional.empty();
    }
    Map<Object, Object> fields = redis.opsForHash().entries(key(pseudonym));
    Reminded reminded = reminded(fields);
    if (fields.get("u") == null || reminded == null || fields.get("k") == null) {
      // Erased or expired meanwhile: nothing to send (a booking made since then stays scheduled).
      redis.execute(ORPHAN, List.of(key(pseudonym), due()), pseudonym);
      return Optional.empty();
    }
    Due due =
        new Due(
            pseudonym,
            fields.get("u").toString(),
            reminded,
            UUID.fromString(fields.get("k").toString()));
    Object at = fields.get("at");
    if (at != null && Long.parseLong(at.toString()) > now) {
      // Booked again for a later day between the claim and this read: back to its own time.
      later(due, Instant.ofEpochMilli(Long.parseLong(at.toString())));
      return Optional.empty();
    }
    return Optional.of(due);
  }

  /**
   * LINE has it (or refused it for good): the reminder is done and its month keeps the count; a
   * reminder the person booked while this one was being sent is not touched.
   */
  void done(Due due) {
    redis.execute(
        DONE, List.of(key(due.pseudonym()), due()), due.pseudonym(), due.retryKey().toString());
  }

  /**
   * Puts a claimed reminder back for {@code at} (quiet hours), unless it was stopped or replaced.
   */
  void later(Due due, Instant at) {
    redis.execute(
        LATER,
        List.of(key(due.pseudonym()), due()),
        due.pseudonym(),
        due.retryKey().toString(),
        Long.toString(at.toEpochMilli()));
  }

  /**
   * What the hash says to show again: an event when it names one, else a place; null if neither.
   */
  private static Reminded reminded(Map<Object, Object> fields) {
    Object event = fields.get("e");
    Object day = fields.get("d");
    if (event != null && day != null) {
      try {
        return new Reminded.Event(event.toString(), LocalDate.parse(day.toString()));
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    Object place = fields.get("p");
    return event == null && place != null ? new Reminded.Place(place.toString()) : null;
  }

  @Override
  public TextKey textKey() {
    return SavedTexts.REMIND_DATA;
  }

  @Override
  public Optional<Duration> keptFor() {
    return Optional.of(AFTER_DAY);
  }

  @Override
  public boolean erase(Person person) {
    return stop(person);
  }

  private boolean remove(String pseudonym) {
    for (int attempt = 0; attempt < BOOK_ATTEMPTS; attempt++) {
      Object month = redis.opsForHash().get(key(pseudonym), "m");
      String counter = month == null ? due() : keyPrefix() + "m:" + month;
      Long n =
          redis.execute(
              STOP,
              List.of(key(pseudonym), due(), counter),
              pseudonym,
              month == null ? "" : month.toString());
      if (n == null || n != -2) {
        return n != null && n > 0;
      }
    }
    // Rebooked again and again while stopping: remove it all the same (erase must not fail); the
    // month may count one reminder too many until it ends.
    Long n = redis.execute(STOP, List.of(key(pseudonym), due(), due()), pseudonym, "*");
    return n != null && n > 0;
  }

  private String keyPrefix() {
    return settings.keyPrefix();
  }

  private String key(String pseudonym) {
    return keyPrefix() + "r:" + pseudonym;
  }

  private String due() {
    return keyPrefix() + "due";
  }

  private String counter(YearMonth month) {
    return keyPrefix() + "m:" + month;
  }
}
