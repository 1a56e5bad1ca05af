package jp.junction.bot.notices;

import java.time.Clock;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Keeps multicast within the channel's rate across all instances: a per-second counter in Redis
 * ({@code rate:<second>}). After a 429 this instance halves its share and earns it back slowly.
 */
@Component
class SendPace {

  private static final RedisScript<Long> COUNT =
      RedisScript.of(
          """
          local n = redis.call('INCR', KEYS[1])
          if n == 1 then redis.call('PEXPIRE', KEYS[1], 5000) end
          return n
          """,
          Long.class);
  private static final double MIN_SHARE = 0.05;
  private static final double RECOVERY = 0.02;

  private final StringRedisTemplate redis;
  private final Clock clock;
  private final double rate;
  private final String prefix;
  private double share = 1.0;

  SendPace(StringRedisTemplate redis, Clock clock, NoticesSettings settings) {
    this.redis = redis;
    this.clock = clock;
    this.rate = settings.requestsPerSecond();
    this.prefix = settings.keyPrefix();
  }

  /** Waits until one more request fits in the current second. */
  void acquire() throws InterruptedException {
    while (true) {
      long now = clock.millis();
      long second = now / 1000;
      Long n = redis.execute(COUNT, List.of(prefix + "rate:" + second));
      if (n != null && n <= allowedPerSecond()) {
        return;
      }
      Thread.sleep(Math.max(1, (second + 1) * 1000 - now));
    }
  }

  synchronized long allowedPerSecond() {
    return Math.max(1, (long) Math.floor(rate * share));
  }

  /** LINE answered 429: send less. */
  synchronized void slowDown() {
    share = Math.max(MIN_SHARE, share / 2);
  }

  /** A request went through: earn back some of the rate. */
  synchronized void recover() {
    share = Math.min(1.0, share + RECOVERY);
  }
}
