package jp.junction.bot.system;

import java.time.Duration;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in Redis, shared by every instance: the first count of a key starts its
 * window, and the key expires with it. One script ({@code redis/counter.lua}) serves the per-person
 * rate limit and the notices' send pace.
 */
@Component
public class WindowCounter {

  private static final RedisScript<Long> COUNT =
      RedisScript.of(new ClassPathResource("redis/counter.lua"), Long.class);

  private final StringRedisTemplate redis;

  WindowCounter(StringRedisTemplate redis) {
    this.redis = redis;
  }

  /**
   * Counts one more under {@code key} in a window of {@code window}; returns the count so far, or
   * -1 when Redis gave no answer.
   *
   * @throws org.springframework.dao.DataAccessException when Redis cannot be reached
   */
  public long increment(String key, Duration window) {
    Long n = redis.execute(COUNT, List.of(key), Long.toString(window.toMillis()));
    return n == null ? -1 : n;
  }
}
