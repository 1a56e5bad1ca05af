package jp.junction.bot.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jp.junction.bot.line.LineLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Events settings.
 *
 * @param keyPrefix prefix of the Redis keys holding staff-created and edited events
 * @param maxShown how many events one chat answer shows (one carousel: at most {@link
 *     LineLimits#CAROUSEL_BUBBLES})
 */
@Validated
@ConfigurationProperties("junction.events")
public record EventsSettings(
    @DefaultValue("jb:events:") @NotBlank String keyPrefix,
    @DefaultValue("5") @Min(1) @Max(LineLimits.CAROUSEL_BUBBLES) int maxShown) {}
