package jp.junction.bot.safety;

import java.time.Duration;
import java.util.Optional;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.system.WindowCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts each person's messages in a fixed window ({@code jb:rl:<pseudonym>}, expiring with the
 * window). When Redis cannot be reached nobody is limited: answering matters more.
 */
@Component
class RateLimiter implements PersonalData {

  private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
  static final String PREFIX = "jb:rl:";

  /** Where a message stands against the limit. */
  enum Verdict {
    WITHIN,
    JUST_OVER,
    OVER,
    UNKNOWN
  }

  private final StringRedisTemplate redis;
  private final WindowCounter counter;
  private final SafetySettings settings;

  RateLimiter(StringRedisTemplate redis, WindowCounter counter, SafetySettings settings) {
    this.redis = redis;
    this.counter = counter;
    this.settings = settings;
  }

  Verdict count(Person person) {
    try {
      long n = counter.increment(PREFIX + person.pseudonym(), settings.rateWindow());
      if (n < 0) {
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
