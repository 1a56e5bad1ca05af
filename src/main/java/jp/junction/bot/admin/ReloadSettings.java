package jp.junction.bot.admin;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What a data reload may change at once ({@code junction.data-reload.*}): a file that would drop
 * more than {@code maxDropShare} of the searchable resources, or leave fewer than {@code
 * minResources}, is refused and the old data stays (an edit that broke the file shows up as a
 * refusal with the broken rows, not as a directory that suddenly has two entries).
 *
 * @param maxDropShare the largest share of the current resources one reload may remove (0..1)
 * @param minResources a reload must leave at least this many resources
 */
@Validated
@ConfigurationProperties("junction.data-reload")
public record ReloadSettings(
    @DefaultValue("0.25") @DecimalMin("0") @DecimalMax("1") double maxDropShare,
    @DefaultValue("1") @Min(0) int minResources) {

  /** The fewest resources a reload may leave when {@code current} are searchable now. */
  int floor(int current) {
    int keep = (int) Math.ceil(current * (1 - maxDropShare) - 1e-9);
    return Math.max(minResources, keep);
  }
}
