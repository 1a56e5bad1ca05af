package jp.junction.bot.notices;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalTime;
import jp.junction.bot.line.LineLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Subscription and delivery settings.
 *
 * @param keyPrefix prefix of every Redis key of this feature (tests use a unique one)
 * @param workerEnabled whether this instance delivers notices (any number of instances may)
 * @param workers delivery threads in this instance
 * @param batchSize recipients per multicast (at most {@link LineLimits#MULTICAST_RECIPIENTS})
 * @param requestsPerSecond multicast requests per second across all instances (LINE: 200)
 * @param poll how long an idle worker waits before looking for work again
 * @param lease how long a claimed batch or notice stays with one worker before another may take it
 * @param maxAttempts attempts of one batch on 5xx or timeouts before it is recorded as failed
 * @param backoff first retry delay; doubles per attempt, with jitter
 * @param maxBackoff longest retry delay
 * @param quietStart start of quiet hours (Japan time); every notice, silent or not, waits
 * @param quietEnd end of quiet hours (Japan time)
 */
@Validated
@ConfigurationProperties("junction.notices")
public record NoticesSettings(
    @DefaultValue("jb:notices:") @NotBlank String keyPrefix,
    @DefaultValue("true") boolean workerEnabled,
    @DefaultValue("4") @Min(1) @Max(64) int workers,
    @DefaultValue("500") @Min(1) @Max(LineLimits.MULTICAST_RECIPIENTS) int batchSize,
    @DefaultValue("200") @Positive double requestsPerSecond,
    @DefaultValue("200ms") Duration poll,
    @DefaultValue("60s") Duration lease,
    @DefaultValue("8") @Min(1) int maxAttempts,
    @DefaultValue("1s") Duration backoff,
    @DefaultValue("5m") Duration maxBackoff,
    @DefaultValue("22:00") LocalTime quietStart,
    @DefaultValue("08:00") LocalTime quietEnd) {}
