package jp.junction.bot.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Japan time, the one zone the bot counts days and hours in and shows dates in (the people it
 * serves, its staff and the places it lists are all in Japan). Features take the time from the
 * shared {@link Clock} bean and read it here, whatever zone that clock itself is in.
 */
public final class JapanTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private JapanTime() {}

  /** Today's date in Japan by {@code clock}. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  /** {@code at} as a date and time in Japan. */
  public static ZonedDateTime of(Instant at) {
    return at.atZone(ZONE);
  }

  /** {@code at} as a date and time in Japan. */
  public static ZonedDateTime of(OffsetDateTime at) {
    return at.atZoneSameInstant(ZONE);
  }
}
