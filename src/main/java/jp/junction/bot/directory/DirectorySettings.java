package jp.junction.bot.directory;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The directory store ({@code junction.directory.*}).
 *
 * @param enabled whether Redis is the store of record (off: the search reads resources.csv only, as
 *     before; some tests sharing a Redis database switch it off)
 * @param keyPrefix prefix of the store's keys; keep a hash tag ({@code {directory}}) so that a
 *     Redis Cluster puts them in one slot, as the store's scripts need
 * @param checkEvery how often each instance looks at the version, in case an announcement was
 *     missed
 * @param auditEntries how many changes are kept per entry (the oldest go first)
 * @param auditRetention how long an entry's change log is kept after its last change
 * @param reviewMonths an entry not checked for this many months waits for review (確認待ち)
 */
@Validated
@ConfigurationProperties("junction.directory")
public record DirectorySettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("jb:{directory}:") @NotBlank String keyPrefix,
    @DefaultValue("5s") @NotNull Duration checkEvery,
    @DefaultValue("200") @Min(1) int auditEntries,
    @DefaultValue("730d") @NotNull Duration auditRetention,
    @DefaultValue("12") @Min(1) int reviewMonths) {

  String entries() {
    return keyPrefix + "entries";
  }

  String version() {
    return keyPrefix + "version";
  }

  String audit(String id) {
    return keyPrefix + "audit:" + id;
  }

  String channel() {
    return keyPrefix + "changed";
  }
}
