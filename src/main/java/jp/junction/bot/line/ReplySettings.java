package jp.junction.bot.line;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a reply that LINE did not take is tried again ({@code junction.line.reply.*}): on 5xx, 429 or
 * no answer, up to {@code attempts} times with a backoff that starts at {@code backoff} and
 * doubles, and only while {@code within} of the reply token's life (about a minute) is left. An
 * invalid token (400) is never tried again. A crisis answer that still did not go out is pushed.
 *
 * @param attempts tries of the reply in all (the first one included)
 * @param backoff the wait before the second try; each later wait doubles
 * @param within no new reply try starts later than this after the first
 */
@Validated
@ConfigurationProperties("junction.line.reply")
public record ReplySettings(
    @DefaultValue("4") @Min(1) @Max(10) int attempts,
    @DefaultValue("250ms") Duration backoff,
    @DefaultValue("20s") Duration within) {}
