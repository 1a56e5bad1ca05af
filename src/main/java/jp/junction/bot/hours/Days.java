package jp.junction.bot.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Which dates a part of a schedule is on. */
sealed interface Days {

  /** Every month. */
  Set<Integer> ALL_MONTHS = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

  boolean on(LocalDate date, boolean holiday);

  /**
   * Days of the week (毎週火・金, 月〜金, 毎日), optionally on holidays too (土日祝), or never on holidays (平日),
   * in some months only (1月〜3月の木曜).
   */
  record Weekly(Set<DayOfWeek> days, boolean holidays, boolean notOnHolidays, Set<Integer> months)
      implements Days {
    @Override
    public boolean on(LocalDate date, boolean holiday) {
      if (!months.contains(date.getMonthValue())) {
        return false;
      }
      if (holiday && holidays) {
        return true;
      }
      return days.contains(date.getDayOfWeek()) && !(holiday && notOnHolidays);
    }
  }

  /** The n-th (or, for -1, the last) given weekday of the month: 毎月第2土, 第1・第3日, 最終金. */
  record NthWeekday(Set<Integer> nths, DayOfWeek day, Set<Integer> months) implements Days {
    @Override
    public boolean on(LocalDate date, boolean holiday) {
      if (date.getDayOfWeek() != day || !months.contains(date.getMonthValue())) {
        return false;
      }
      int nth = (date.getDayOfMonth() - 1) / 7 + 1;
      boolean last = date.getDayOfMonth() + 7 > date.lengthOfMonth();
      return nths.contains(nth) || (last && nths.contains(-1));
    }
  }

  /** A day of the month: 毎月10日. */
  record DayOfMonth(int day) implements Days {
    @Override
    public boolean on(LocalDate date, boolean holiday) {
      return date.getDayOfMonth() == day;
    }
  }
}
