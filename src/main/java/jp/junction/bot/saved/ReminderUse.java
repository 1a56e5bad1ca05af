package jp.junction.bot.saved;

import java.time.Clock;
import java.time.YearMonth;
import jp.junction.bot.system.JapanTime;
import org.springframework.stereotype.Component;

/**
 * How many reminders are booked for this month against the monthly cap (for the staff dashboard:
 * each one is a push that counts against the LINE plan). A count of reminders, nothing about who.
 */
@Component
public class ReminderUse {

  private final Reminders reminders;
  private final ReminderSettings settings;
  private final Clock clock;

  ReminderUse(Reminders reminders, ReminderSettings settings, Clock clock) {
    this.reminders = reminders;
    this.settings = settings;
    this.clock = clock;
  }

  /** This month's figures; {@code booked} is -1 when the store cannot be read now. */
  public Month thisMonth() {
    YearMonth month = YearMonth.from(JapanTime.of(clock.instant()));
    return new Month(settings.enabled(), reminders.booked(month), settings.monthlyCap());
  }

  /** Whether reminders are offered, how many are booked for the month, and the cap. */
  public record Month(boolean enabled, long booked, int cap) {}
}
