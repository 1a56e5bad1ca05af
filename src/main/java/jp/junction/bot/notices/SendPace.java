package jp.junction.bot.notices;

import java.time.Clock;
import java.time.Duration;
import jp.junction.bot.system.WindowCounter;
import org.springframework.stereotype.Component;

/**
 * Keeps multicast within the channel's rate across all instances: a per-second counter in Redis
 * ({@code rate:<second>}). After a 429 this instance halves its share and earns it back slowly.
 */
@Component
class SendPace {

  /** A second's counter outlives its second, so instances whose clocks differ a little agree. */
  private static final Duration KEPT = Duration.ofSeconds(5);

  private static final double MIN_SHARE = 0.05;
  private static final double RECOVERY = 0.02;

  private final WindowCounter counter;
  private final Clock clock;
  private final double rate;
  private final String prefix;
  private double share = 1.0;

  SendPace(WindowCounter counter, Clock clock, NoticesSettings settings) {
    this.counter = counter;
    this.clock = clock;
    this.rate = settings.requestsPerSecond();
    this.prefix = settings.keyPrefix();
  }

  /** Waits until one more request fits in the current second. */
  void acquire() throws InterruptedException {
    while (true) {
      long now = clock.millis();
      long second = now / 1000;
      long n = counter.increment(prefix + "rate:" + second, KEPT);
      if (n >= 0 && n <= allowedPerSecond()) {
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
