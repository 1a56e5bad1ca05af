package jp.junction.bot.simulator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds of the local chat page's in-memory store (it must never grow without limit, even if a test
 * script opens thousands of chats) and how long it waits for {@code /callback}.
 *
 * @param maxUsers chats kept; the least recently used one is forgotten first
 * @param messagesPerUser entries kept per chat (older ones are dropped, indexes keep counting)
 * @param replyTokens reply tokens remembered until used
 * @param callbackTimeout how long posting a simulated event to {@code /callback} may take
 */
@Validated
@ConfigurationProperties("junction.simulator")
record SimulatorSettings(
    @DefaultValue("200") @Min(1) @Max(100_000) int maxUsers,
    @DefaultValue("200") @Min(10) @Max(10_000) int messagesPerUser,
    @DefaultValue("2000") @Min(10) @Max(1_000_000) int replyTokens,
    @DefaultValue("5s") Duration callbackTimeout) {}
