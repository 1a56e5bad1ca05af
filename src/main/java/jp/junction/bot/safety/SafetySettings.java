package jp.junction.bot.safety;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Safety settings.
 *
 * @param rateLimit how many messages one person may send in one window before the bot says, once,
 *     that it will pause (crisis messages are never counted or limited)
 * @param rateWindow the length of that window, counted from the person's first message in it; the
 *     privacy notice in {@code dialogs/} names this length
 */
@Validated
@ConfigurationProperties("junction.safety")
record SafetySettings(
    @DefaultValue("20") @Positive int rateLimit, @DefaultValue("1m") Duration rateWindow) {

  SafetySettings {
    if (rateWindow.isNegative() || rateWindow.isZero()) {
      throw new IllegalArgumentException("junction.safety.rate-window must be positive");
    }
  }
}
