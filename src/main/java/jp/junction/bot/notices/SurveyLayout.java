package jp.junction.bot.notices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.bot.privacy.QueryScrubber;
import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings survey keys written by earlier versions into today's promise (run by {@link KeyUpgrade} at
 * start-up): comments kept verbatim in a list become scrubbed entries of the comments hash, and
 * every survey key without a TTL gets the one {@link Surveys} gives today (or goes, when its
 * event's retention has passed).
 */
@Component
class SurveyLayout {

  private final StringRedisTemplate redis;
  private final Surveys surveys;
  private final Pseudonyms pseudonyms;
  private final ExpiringWrite writes;
  private final Duration kept;
  private final String prefix;

  SurveyLayout(
      StringRedisTemplate redis,
      Surveys surveys,
      Pseudonyms pseudonyms,
      ExpiringWrite writes,
      NoticesSettings settings,
      NoticeRetention retention) {
    this.redis = redis;
    this.surveys = surveys;
    this.pseudonyms = pseudonyms;
    this.writes = writes;
    this.kept = retention.survey();
    this.prefix = settings.keyPrefix() + "s:";
  }

  /** Fixes every survey key without a TTL; how many. */
  int migrate() {
    List<String> lasting = new ArrayList<>();
    try (Cursor<String> keys =
        redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(500).build())) {
      keys.forEachRemaining(
          key -> {
            Long ttl = redis.getExpire(key);
            if (ttl != null && ttl == -1) {
              lasting.add(key);
            }
          });
    }
    lasting.forEach(this::fix);
    return lasting.size();
  }

  private void fix(String key) {
    String rest = key.substring(prefix.length());
    if (rest.startsWith("p:")) {
      Duration longest = kept;
      for (String event : redis.opsForSet().members(key)) {
        Optional<Duration> left = surveys.left(event);
        if (left.isPresent() && left.get().compareTo(longest) > 0) {
          longest = left.get();
        }
      }
      redis.expire(key, longest);
      return;
    }
    String event = rest.substring(0, rest.lastIndexOf(':'));
    Optional<Duration> left = surveys.left(event);
    if (left.isEmpty()) {
      redis.delete(key);
      return;
    }
    if (rest.endsWith(":c") && redis.type(key) == DataType.LIST) {
      List<String> verbatim = redis.opsForList().range(key, 0, -1);
      Map<String, String> scrubbed = new HashMap<>();
      for (int i = 0; i < verbatim.size(); i++) {
        String text = QueryScrubber.scrub(verbatim.get(i), Surveys.MAX_COMMENT);
        if (!text.isEmpty()) {
          scrubbed.put(pseudonyms.of("survey-comment-before-upgrade\n" + event + "\n" + i), text);
        }
      }
      redis.delete(key);
      if (!scrubbed.isEmpty()) {
        writes.put(key, left.get(), scrubbed);
      }
      return;
    }
    redis.expire(key, left.get());
  }
}
