package jp.junction.bot.accounts;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where staff accounts live ({@code junction.accounts.*}).
 *
 * @param keyPrefix prefix of the accounts' Redis keys (tests use their own)
 * @param auditEntries how many audit log entries are kept (the oldest go first)
 * @param minPasswordLength the shortest password an account may be given
 */
@Validated
@ConfigurationProperties("junction.accounts")
public record AccountsSettings(
    @DefaultValue("jb:staff:") @NotBlank String keyPrefix,
    @DefaultValue("5000") @Min(10) int auditEntries,
    @DefaultValue("12") @Min(8) int minPasswordLength) {}
