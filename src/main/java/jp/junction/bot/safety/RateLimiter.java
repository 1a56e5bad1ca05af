package jp.junction.bot.safety;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Counts each person's messages in a fixed window ({@code jb:rl:<pseudonym>}, expiring with the
 * window). When Redis cannot be reached nobody is limited: answering matters more.
 */
@Component
class RateLimiter implements PersonalData {

  private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
  static final String PREFIX = "jb:rl:";
  private static final RedisScript<Long> COUNT =
      RedisScript.of(
          "local n = redis.call('INCR', KEYS[1]) "
              + "if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n",
          Long.class);

  /** Where a message stands against the limit. */
  enum Verdict {
    WITHIN,
    JUST_OVER,
    OVER,
    UNKNOWN
  }

  private final StringRedisTemplate redis;
  private final SafetySettings settings;

  RateLimiter(StringRedisTemplate redis, SafetySettings settings) {
    this.redis = redis;
    this.settings = settings;
  }

  Verdict count(Person person) {
    try {
      Long n =
          redis.execute(
              COUNT,
              List.of(PREFIX + person.pseudonym()),
              Long.toString(settings.rateWindow().toMillis()));
      if (n == null) {
        return Verdict.UNKNOWN;
      }
      if (n <= settings.rateLimit()) {
        return Verdict.WITHIN;
      }
      return n == settings.rateLimit() + 1 ? Verdict.JUST_OVER : Verdict.OVER;
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Rate limit not checked (store unavailable): {}", e.getClass().getSimpleName());
      return Verdict.UNKNOWN;
    }
  }

  @Override
  public TextKey textKey() {
    return SafetyTexts.RATE_LIMIT_DATA;
  }

  @Override
  public Optional<Duration> keptFor() {
    return Optional.of(settings.rateWindow());
  }

  @Override
  public boolean erase(Person person) {
    return Boolean.TRUE.equals(redis.delete(PREFIX + person.pseudonym()));
  }
}
