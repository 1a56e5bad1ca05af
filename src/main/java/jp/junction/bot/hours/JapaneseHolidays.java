package jp.junction.bot.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Japan's public holidays (国民の祝日 and the 休日 the law adds), computed from the rules of 国民の祝日に関する法律
 * as it stands since 2020: the fixed days, the Monday holidays, 春分の日 and 秋分の日 by the usual
 * astronomical approximation (right for 1980–2099; the government announces them each February),
 * 振替休日 (a holiday on a Sunday moves to the next day that is not a holiday) and 国民の休日 (a day between
 * two holidays). The one-off moves of 2020 and 2021 (the Olympic games) are not modelled: dates
 * before 2022 may be wrong.
 */
public final class JapaneseHolidays {

  private static final Set<MonthDay> FIXED =
      Set.of(
          MonthDay.of(1, 1), // 元日
          MonthDay.of(2, 11), // 建国記念の日
          MonthDay.of(2, 23), // 天皇誕生日
          MonthDay.of(4, 29), // 昭和の日
          MonthDay.of(5, 3), // 憲法記念日
          MonthDay.of(5, 4), // みどりの日
          MonthDay.of(5, 5), // こどもの日
          MonthDay.of(8, 11), // 山の日
          MonthDay.of(11, 3), // 文化の日
          MonthDay.of(11, 23)); // 勤労感謝の日

  private JapaneseHolidays() {}

  /** Whether {@code date} is a public holiday or a day off the holiday law makes (振替・国民の休日). */
  public static boolean isHoliday(LocalDate date) {
    return isNamedHoliday(date) || isSubstitute(date) || isBetweenHolidays(date);
  }

  /** A 国民の祝日 itself (not a 振替休日 or 国民の休日). */
  static boolean isNamedHoliday(LocalDate date) {
    if (FIXED.contains(MonthDay.from(date))) {
      return true;
    }
    int year = date.getYear();
    return date.equals(monday(year, 1, 2)) // 成人の日
        || date.equals(monday(year, 7, 3)) // 海の日
        || date.equals(monday(year, 9, 3)) // 敬老の日
        || date.equals(monday(year, 10, 2)) // スポーツの日
        || date.equals(LocalDate.of(year, 3, equinox(year, 20.8431))) // 春分の日
        || date.equals(LocalDate.of(year, 9, equinox(year, 23.2488))); // 秋分の日
  }

  /** 振替休日: the first non-holiday after a run of holidays that includes a Sunday. */
  private static boolean isSubstitute(LocalDate date) {
    if (isNamedHoliday(date)) {
      return false;
    }
    LocalDate before = date.minusDays(1);
    while (isNamedHoliday(before)) {
      if (before.getDayOfWeek() == DayOfWeek.SUNDAY) {
        return true;
      }
      before = before.minusDays(1);
    }
    return false;
  }

  /** 国民の休日: a day that is no holiday itself, between two 国民の祝日. */
  private static boolean isBetweenHolidays(LocalDate date) {
    return !isNamedHoliday(date)
        && isNamedHoliday(date.minusDays(1))
        && isNamedHoliday(date.plusDays(1));
  }

  private static LocalDate monday(int year, int month, int nth) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
  }

  /** The day of March or September of an equinox (the approximation valid for 1980–2099). */
  private static int equinox(int year, double base) {
    int y = year - 1980;
    return (int) Math.floor(base + 0.242194 * y - Math.floor(y / 4.0));
  }
}
