package jp.junction.bot.notices;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.events.Events;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.bot.privacy.QueryScrubber;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers to the day-after question. Per event: counts per answer ({@code s:<event>:n}), the
 * pseudonyms that answered, to count each person once however often they tap ({@code
 * s:<event>:who}), and comments scrubbed like the anonymous statistics (no digits, phone numbers,
 * e-mail or web addresses), one per person under a keyed hash of pseudonym and event ({@code
 * s:<event>:c}), so staff see the words but not whose they are. All of it expires {@link
 * NoticeRetention#survey} after the event ends, and later answers are not taken. Per person the
 * events answered ({@code s:p:<pseudonym>}, expiring with the last of them) let erasure remove
 * their marks and comments; the counts stay, belonging to nobody.
 */
@Component
class Surveys implements PersonalData {

  static final int MIN_ANSWERS = 5;
  static final int MAX_COMMENT = 500;
  private static final int MAX_COMMENTS = 200;

  /** What became of a tap on an answer. */
  enum Answer {
    COUNTED,
    ALREADY,
    CLOSED
  }

  private final StringRedisTemplate redis;
  private final ExpiringWrite writes;
  private final Pseudonyms pseudonyms;
  private final Events events;
  private final java.time.Clock clock;
  private final Duration kept;
  private final String prefix;

  Surveys(
      StringRedisTemplate redis,
      ExpiringWrite writes,
      Pseudonyms pseudonyms,
      Events events,
      java.time.Clock clock,
      NoticesSettings settings,
      NoticeRetention retention) {
    this.redis = redis;
    this.writes = writes;
    this.pseudonyms = pseudonyms;
    this.events = events;
    this.clock = clock;
    this.kept = retention.survey();
    this.prefix = settings.keyPrefix() + "s:";
  }

  /** Records one answer (1 to 5) per person and event. */
  Answer answer(Person person, String eventId, int value) {
    if (value < 1 || value > NoticeText.ANSWERS) {
      throw new IllegalArgumentException("answer out of range");
    }
    Optional<Duration> left = left(eventId);
    if (left.isEmpty()) {
      return Answer.CLOSED;
    }
    if (writes.add(who(eventId), left.get(), List.of(person.pseudonym())) == 0) {
      return Answer.ALREADY;
    }
    String links = links(person);
    Long linksLeft = redis.getExpire(links, TimeUnit.MILLISECONDS);
    Duration linkTtl =
        linksLeft == null || linksLeft < left.get().toMillis()
            ? left.get()
            : Duration.ofMillis(linksLeft);
    writes.add(links, linkTtl, List.of(eventId));
    writes.increment(prefix + eventId + ":n", left.get(), String.valueOf(value));
    return Answer.COUNTED;
  }

  /** Keeps a scrubbed comment, replacing the person's earlier one, if they answered the event. */
  boolean comment(Person person, String eventId, String text) {
    Optional<Duration> left = left(eventId);
    if (left.isEmpty()
        || !Boolean.TRUE.equals(redis.opsForSet().isMember(who(eventId), person.pseudonym()))) {
      return false;
    }
    String kept = QueryScrubber.scrub(text, MAX_COMMENT);
    String comments = comments(eventId);
    String field = commentField(eventId, person);
    if (kept.isEmpty()
        || (!redis.opsForHash().hasKey(comments, field)
            && redis.opsForHash().size(comments) >= MAX_COMMENTS)) {
      return false;
    }
    writes.put(comments, left.get(), Map.of(field, kept));
    return true;
  }

  Notices.SurveyResults results(String eventId) {
    Map<Object, Object> raw = redis.opsForHash().entries(prefix + eventId + ":n");
    Map<String, Long> counts = new LinkedHashMap<>();
    long total = 0;
    for (int v = 1; v <= NoticeText.ANSWERS; v++) {
      Object n = raw.get(String.valueOf(v));
      long count = n == null ? 0 : Long.parseLong(n.toString());
      counts.put(String.valueOf(v), count);
      total += count;
    }
    if (total < MIN_ANSWERS) {
      return new Notices.SurveyResults(total, null, null);
    }
    List<String> comments =
        redis.opsForHash().values(comments(eventId)).stream().map(Object::toString).toList();
    return new Notices.SurveyResults(total, counts, comments);
  }

  /** How long the event's survey has left: until its end plus the retention. */
  Optional<Duration> left(String eventId) {
    return events
        .find(eventId)
        .map(e -> Optional.ofNullable(e.endsAt()).orElse(e.startsAt()))
        .map(OffsetDateTime::toInstant)
        .map(end -> Duration.between(clock.instant(), end.plus(kept)))
        .filter(d -> d.toMillis() > 0);
  }

  private String who(String eventId) {
    return prefix + eventId + ":who";
  }

  private String comments(String eventId) {
    return prefix + eventId + ":c";
  }

  private String links(Person person) {
    return prefix + "p:" + person.pseudonym();
  }

  private String commentField(String eventId, Person person) {
    return pseudonyms.of("survey-comment\n" + eventId + "\n" + person.pseudonym());
  }

  @Override
  public TextKey textKey() {
    return NoticeTexts.SURVEY_DATA_NAME;
  }

  /** Marks, comments and links last this long after the event ends. */
  @Override
  public Optional<Duration> keptFor() {
    return Optional.of(kept);
  }

  @Override
  public boolean erase(Person person) {
    String links = links(person);
    var answered = redis.opsForSet().members(links);
    if (answered == null || answered.isEmpty()) {
      return false;
    }
    for (String e : answered) {
      redis.opsForSet().remove(who(e), person.pseudonym());
      redis.opsForHash().delete(comments(e), commentField(e, person));
    }
    redis.delete(links);
    return true;
  }
}
