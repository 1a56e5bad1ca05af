package jp.junction.bot.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Anonymous statistics for staff.
 *
 * @param keyPrefix Redis key prefix for the daily counters; it holds a hash tag ({@code {stats}}),
 *     as one script writes several of its keys and a Redis Cluster allows that only within a slot
 * @param retention how long daily figures are kept; the privacy notice names this length
 */
@ConfigurationProperties("junction.privacy.stats")
record StatsSettings(
    @DefaultValue("jb:{stats}:") String keyPrefix, @DefaultValue("90d") Duration retention) {}
