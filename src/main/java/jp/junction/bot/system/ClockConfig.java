package jp.junction.bot.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock features read the time from, so tests can set it (quiet hours, "upcoming", which
 * lines are open). {@code junction.clock.starts-at} (a Japan date and time, e.g. {@code
 * 2026-12-02T03:00}) starts it there and lets it run, for looking at the night answers on the local
 * chat page; it is never set in production (a warning says so at startup).
 */
@Configuration
class ClockConfig {

  private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

  @Bean
  Clock clock(@Value("${junction.clock.starts-at:}") String startsAt) {
    if (startsAt == null || startsAt.isBlank()) {
      return Clock.systemUTC();
    }
    LocalDateTime at = LocalDateTime.parse(startsAt.strip());
    Clock system = Clock.systemUTC();
    log.warn(
        "junction.clock.starts-at={}: the bot's clock is moved to that Japan time (local checks"
            + " only, never in production)",
        at);
    return Clock.offset(
        system, Duration.between(system.instant(), at.atZone(JapanTime.ZONE).toInstant()));
  }
}
