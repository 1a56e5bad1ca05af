package jp.junction.bot.notices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers to the day-after question, kept anonymous: counts per answer and comments without any
 * link to who wrote them. Only the person's pseudonym is kept per event, to count one answer per
 * person; erasure removes those links (the anonymous counts stay).
 */
@Component
class Surveys implements PersonalData {

  static final int MIN_ANSWERS = 5;
  private static final int MAX_COMMENT = 500;
  private static final int MAX_COMMENTS = 200;

  private final StringRedisTemplate redis;
  private final String prefix;

  Surveys(StringRedisTemplate redis, NoticesSettings settings) {
    this.redis = redis;
    this.prefix = settings.keyPrefix() + "s:";
  }

  /** Records one answer (1 to 5) per person and event; false when they had answered already. */
  boolean answer(Person person, String eventId, int value) {
    if (value < 1 || value > NoticeText.ANSWERS) {
      throw new IllegalArgumentException("answer out of range");
    }
    Long added = redis.opsForSet().add(prefix + eventId + ":who", person.pseudonym());
    if (added == null || added == 0) {
      return false;
    }
    redis.opsForSet().add(prefix + "p:" + person.pseudonym(), eventId);
    redis.opsForHash().increment(prefix + eventId + ":n", String.valueOf(value), 1);
    return true;
  }

  /** Keeps a comment, unlinked from the person, if they answered the event's question. */
  boolean comment(Person person, String eventId, String text) {
    if (!Boolean.TRUE.equals(
            redis.opsForSet().isMember(prefix + eventId + ":who", person.pseudonym()))
        || text == null
        || text.isBlank()) {
      return false;
    }
    String kept = text.strip();
    kept = kept.length() > MAX_COMMENT ? kept.substring(0, MAX_COMMENT) : kept;
    redis.opsForList().rightPush(prefix + eventId + ":c", kept);
    redis.opsForList().trim(prefix + eventId + ":c", -MAX_COMMENTS, -1);
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
    List<String> comments = redis.opsForList().range(prefix + eventId + ":c", 0, -1);
    return new Notices.SurveyResults(total, counts, comments == null ? List.of() : comments);
  }

  @Override
  public TextKey textKey() {
    return NoticeTexts.SURVEY_DATA_NAME;
  }

  @Override
  public boolean erase(Person person) {
    String links = prefix + "p:" + person.pseudonym();
    var events = redis.opsForSet().members(links);
    if (events == null || events.isEmpty()) {
      return false;
    }
    events.forEach(e -> redis.opsForSet().remove(prefix + e + ":who", person.pseudonym()));
    redis.delete(links);
    return true;
  }
}
