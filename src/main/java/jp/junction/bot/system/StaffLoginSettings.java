package jp.junction.bot.system;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How staff logins are protected ({@code junction.staff-login.*}): wrong passwords are counted per
 * account and per client address within {@code window}; past the limit the account or address is
 * locked for {@code lockFor}, and even the right password is refused meanwhile. Sessions exist only
 * after a login, and at most {@code maxSessions} at once.
 *
 * @param failuresPerAccount wrong passwords for one account before it is locked
 * @param failuresPerAddress wrong passwords from one client address before it is locked
 * @param window how long a wrong password counts
 * @param lockFor how long a lock lasts
 * @param trackedAddresses client addresses remembered at once (bounds the memory an attacker with
 *     many addresses can take; the oldest are forgotten first)
 * @param maxSessions logged-in staff sessions at once on this instance; one more login is refused
 */
@Validated
@ConfigurationProperties("junction.staff-login")
public record StaffLoginSettings(
    @DefaultValue("5") @Min(1) int failuresPerAccount,
    @DefaultValue("20") @Min(1) int failuresPerAddress,
    @DefaultValue("15m") Duration window,
    @DefaultValue("15m") Duration lockFor,
    @DefaultValue("10000") @Min(1) int trackedAddresses,
    @DefaultValue("500") @Min(1) int maxSessions) {}
