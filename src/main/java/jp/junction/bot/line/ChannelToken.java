package jp.junction.bot.line;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What LINE last said about the channel access token: since when it refuses it (401, a revoked or
 * expired token), or nothing while it is accepted. Health, readiness and the staff page read it;
 * the LINE client and the token check write it.
 */
@Component
public class ChannelToken {

  private static final Logger log = LoggerFactory.getLogger(ChannelToken.class);

  private final Clock clock;
  private final AtomicReference<Instant> rejectedSince = new AtomicReference<>();

  ChannelToken(Clock clock) {
    this.clock = clock;
  }

  /** Since when LINE refuses the token, if it does. */
  public Optional<Instant> rejectedSince() {
    return Optional.ofNullable(rejectedSince.get());
  }

  void rejected() {
    if (rejectedSince.compareAndSet(null, clock.instant())) {
      log.error(
          "LINE refuses the channel access token (401): nothing can be sent until"
              + " LINE_CHANNEL_TOKEN is replaced with a valid one");
    }
  }

  void accepted() {
    if (rejectedSince.getAndSet(null) != null) {
      log.info("LINE accepts the channel access token again");
    }
  }
}
