package jp.junction.bot.saved;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Saved places ({@code junction.saved.*}).
 *
 * @param retention how long a person's saved places are kept after their last save (the privacy
 *     notice says this length); each save starts it again
 * @param limit how many places one person may keep; a save beyond it is refused with a note to
 *     remove one first, so nothing the person kept disappears without their doing
 * @param keyPrefix prefix of the store's keys
 */
@Validated
@ConfigurationProperties("junction.saved")
record SavedSettings(
    @DefaultValue("90d") @NotNull Duration retention,
    // A carousel shows at most 12 cards; more than two carousels would not fit in one reply.
    @DefaultValue("20") @Min(1) @Max(24) int limit,
    @DefaultValue("jb:saved:") @NotBlank String keyPrefix) {

  SavedSettings {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("junction.saved.retention must be positive");
    }
  }
}
