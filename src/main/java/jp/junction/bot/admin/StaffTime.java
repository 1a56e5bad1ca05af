package jp.junction.bot.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.junction.bot.system.JapanTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Times as staff read them, in Japan time (templates call it as {@code @staffTime}); the pattern is
 * {@code staff.time.pattern} in the messages.
 */
@Component("staffTime")
public class StaffTime {

  private final DateTimeFormatter shown;
  private final DateTimeFormatter day;

  StaffTime(MessageSource messages) {
    this.shown =
        DateTimeFormatter.ofPattern(
            messages.getMessage("staff.time.pattern", null, Locale.JAPANESE), Locale.JAPANESE);
    this.day =
        DateTimeFormatter.ofPattern(
            messages.getMessage("staff.day.pattern", null, Locale.JAPANESE), Locale.JAPANESE);
  }

  public String day(java.time.LocalDate date) {
    return date == null ? "" : date.format(day);
  }

  public String at(OffsetDateTime at) {
    return at == null ? "" : at.atZoneSameInstant(JapanTime.ZONE).format(shown);
  }

  public String at(Instant at) {
    return at == null ? "" : JapanTime.of(at).format(shown);
  }
}
