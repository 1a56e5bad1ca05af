package jp.junction.bot.notices;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import jp.junction.bot.system.JapanTime;

/**
 * Japan-time hours when no notice goes out, silent or not (22:00–08:00 by default): subscribers are
 * told these hours in {@code notices.saved}, filled from the same settings.
 */
record QuietHours(LocalTime start, LocalTime end) {

  QuietHours(NoticesSettings settings) {
    this(settings.quietStart(), settings.quietEnd());
  }

  boolean quiet(Instant at) {
    LocalTime t = JapanTime.of(at).toLocalTime();
    return start.isAfter(end)
        ? !t.isBefore(start) || t.isBefore(end)
        : !t.isBefore(start) && t.isBefore(end);
  }

  /** {@code at}, or the end of the quiet hours it falls in. */
  Instant allowed(Instant at) {
    if (!quiet(at)) {
      return at;
    }
    ZonedDateTime local = JapanTime.of(at);
    ZonedDateTime end = local.with(this.end).withSecond(0).withNano(0);
    return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
  }
}
