package jp.junction.bot.line;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code lineChannel} in health and readiness: DOWN while LINE refuses the channel token. Taking
 * the instance out of rotation then is right: no answer can be sent, and LINE's webhook redelivery
 * brings the events back once the token is fixed.
 */
@Component("lineChannel")
class ChannelTokenHealth implements HealthIndicator {

  private final ChannelToken token;

  ChannelTokenHealth(ChannelToken token) {
    this.token = token;
  }

  @Override
  public Health health() {
    return token
        .rejectedSince()
        .map(since -> Health.down().withDetail("tokenRejectedSince", since.toString()).build())
        .orElseGet(() -> Health.up().build());
  }
}
