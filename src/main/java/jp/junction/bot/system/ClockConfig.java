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
 * chat page. It is refused with a LINE channel (startup stops, naming the setting): a moved clock
 * would order the crisis lines for the wrong hour and let the webhook drop events as too old.
 */
@Configuration
class ClockConfig {

  private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

  @Bean
  Clock clock(
      @Value("${junction.clock.starts-at:}") String startsAt,
      @Value("${junction.line.channel-secret:}") String channelSecret) {
    if (startsAt == null || startsAt.isBlank()) {
      return Clock.systemUTC();
    }
    if (channelSecret != null && !channelSecret.isBlank()) {
      throw new IllegalStateException(
          "junction.clock.starts-at is for the local chat page only: remove it when"
              + " LINE_CHANNEL_SECRET is set");
    }
    LocalDateTime at = LocalDateTime.parse(startsAt.strip());
    Clock system = Clock.systemUTC();
    log.warn(
        "junction.clock.starts-at={}: the bot's clock is moved to that Japan time (local checks"
            + " only)",
        at);
    return Clock.offset(
        system, Duration.between(system.instant(), at.atZone(JapanTime.ZONE).toInstant()));
  }
}
