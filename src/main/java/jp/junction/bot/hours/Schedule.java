package jp.junction.bot.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * A read schedule: parts (days and a time range each) and the days it is closed whatever the parts
 * say (祝日休み, 土日休み, 年末年始休み).
 */
record Schedule(List<Part> parts, Closed closed) {

  Schedule {
    parts = List.copyOf(parts);
  }

  /**
   * Open from {@code start} to {@code end} minutes after the start of a day the part is on; {@code
   * end} is past 1440 for a range that ends the next morning (19:00-翌2:00).
   */
  record Part(Days days, int start, int end) {}

  /** Days off: weekdays, public holidays, the new-year days (12/29–1/3). */
  record Closed(Set<DayOfWeek> weekdays, boolean holidays, boolean newYear) {

    static final Closed NONE = new Closed(Set.of(), false, false);

    boolean on(LocalDate date, boolean holiday) {
      if (weekdays.contains(date.getDayOfWeek()) || (holidays && holiday)) {
        return true;
      }
      MonthDay day = MonthDay.from(date);
      return newYear && (day.isAfter(MonthDay.of(12, 28)) || day.isBefore(MonthDay.of(1, 4)));
    }
  }

  /** Whether a part starts a range on {@code date}. */
  boolean opens(Part part, LocalDate date) {
    boolean holiday = JapaneseHolidays.isHoliday(date);
    return part.days().on(date, holiday) && !closed.on(date, holiday);
  }
}
