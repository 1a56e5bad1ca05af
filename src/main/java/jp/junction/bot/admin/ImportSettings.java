package jp.junction.bot.admin;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The directory's import and export ({@code junction.staff-import.*}).
 *
 * @param maxSize the largest file staff may upload (a 50,000-row CSV with full cells is about 21
 *     MB, as .xlsx 5 MB)
 * @param maxRows the most data rows a file may hold
 * @param maxColumns the most columns a file may hold
 * @param keepFor how long a previewed file waits to be applied
 * @param shownRows how many added, changed or retired entries, and row errors, the preview lists
 *     (the counts are always whole)
 * @param keyPrefix prefix of the previewed files' keys in Redis
 * @param applyStep how many entries one write to the store holds (each step is all or none)
 */
@Validated
@ConfigurationProperties("junction.staff-import")
public record ImportSettings(
    @DefaultValue("30MB") @NotNull DataSize maxSize,
    @DefaultValue("60000") @Min(1) int maxRows,
    @DefaultValue("100") @Min(1) int maxColumns,
    @DefaultValue("30m") @NotNull Duration keepFor,
    @DefaultValue("500") @Min(1) int shownRows,
    @DefaultValue("jb:staff-import:") @NotBlank String keyPrefix,
    @DefaultValue("500") @Min(1) int applyStep) {}
