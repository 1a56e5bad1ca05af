package jp.junction.bot.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Privacy settings.
 *
 * @param pseudonymKey secret for the keyed pseudonyms used in logs, metrics and state keys ({@code
 *     JUNCTION_PSEUDONYM_KEY}); empty means a random key per process
 */
@ConfigurationProperties("junction.privacy")
public record PrivacySettings(String pseudonymKey) {}
