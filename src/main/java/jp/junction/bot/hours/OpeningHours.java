package jp.junction.bot.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import jp.junction.bot.system.JapanTime;

/**
 * The opening hours of a line or a place, read from the text staff write. A value: parse once (at
 * startup or when data loads), ask many times. All times are Japan time ({@link JapanTime#ZONE}),
 * whatever zone the moment asked about is in.
 *
 * <p>Forms read (full-width digits and any dash or wave dash are fine):
 *
 * <ul>
 *   <li>days then one or more time ranges, several groups in one text: 「月〜金 8:30-17:15」 「毎週火・金
 *       13:00-17:00」「月〜金 10:00-19:00 土 10:00-17:00」「月〜土 9:00-12:00 14:00-18:00」; days are 毎日, 平日
 *       (Monday to Friday, not on holidays), 毎週X, X〜Y, X・Y, 土日祝 (holidays too), 13時〜17時 and 13時半
 *       too; no days means every day;
 *   <li>ranges past midnight: 「19:00-翌2:00」「22:00-6:00」「18:00-24:00」; 「24時間」 is 0:00-24:00;
 *   <li>weekdays of the month: 「毎月第2土」「第1・第3日」「毎月最終金」, in some months: 「偶数月第4土」 「奇数月第3土」「1月〜3月の木曜」;
 *       a day of the month: 「毎月10日」;
 *   <li>days off, which win over the days: 「祝日休み」「土日祝休み」「祝日を除く」「定休日 月曜」「年末年始休み」 (12/29–1/3), also
 *       inside brackets; 「年中無休」 says every day. Public holidays are {@link JapaneseHolidays}; a
 *       weekday schedule without 祝 is open on holidays as its text says.
 * </ul>
 *
 * Anything else (「不定期」「随時」「年2回」「3か月に1回」, a note in brackets about other days off, any word not
 * understood) leaves the whole text unread: {@link #isReadable()} is false and the text is shown as
 * written. Notes in brackets that are not about days (「（要予約）」) are ignored.
 */
public final class OpeningHours {

  /** How far ahead {@link #nextOpening} looks (a yearly rule such as 「1月〜3月の木曜」 fits). */
  static final int HORIZON_DAYS = 400;

  private static final int DAY = 24 * 60;

  private final String text;
  private final Schedule schedule;

  private OpeningHours(String text, Schedule schedule) {
    this.text = text;
    this.schedule = schedule;
  }

  /** Reads {@code text}; never fails (text it cannot read gives an unreadable value). */
  public static OpeningHours parse(String text) {
    String kept = text == null ? "" : text.strip();
    return new OpeningHours(kept, HoursParser.parse(kept).orElse(null));
  }

  /** The text as written (stripped). */
  public String text() {
    return text;
  }

  /** Whether the text was read into a schedule (otherwise only {@link #text()} means anything). */
  public boolean isReadable() {
    return schedule != null;
  }

  /** Whether it is open every hour of every day (「24時間」「24時間 年中無休」). */
  public boolean isAlwaysOpen() {
    if (schedule == null || !schedule.closed().equals(Schedule.Closed.NONE)) {
      return false;
    }
    Set<DayOfWeek> allDay = EnumSet.noneOf(DayOfWeek.class);
    for (Schedule.Part part : schedule.parts()) {
      if (part.start() == 0
          && part.end() >= DAY
          && part.days() instanceof Days.Weekly weekly
          && !weekly.notOnHolidays()
          && weekly.months().equals(Days.ALL_MONTHS)) {
        allDay.addAll(weekly.days());
      }
    }
    return allDay.size() == 7;
  }

  /** Whether it is open at {@code at}; false when the text could not be read. */
  public boolean isOpenAt(ZonedDateTime at) {
    if (schedule == null) {
      return false;
    }
    ZonedDateTime japan = at.withZoneSameInstant(JapanTime.ZONE);
    LocalDate today = japan.toLocalDate();
    int minute = japan.getHour() * 60 + japan.getMinute();
    for (Schedule.Part part : schedule.parts()) {
      // A range that began yesterday and runs past midnight counts too.
      if (within(part, minute, today) || within(part, minute + DAY, today.minusDays(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the first opening after {@code from} (Japan time), looking {@value #HORIZON_DAYS}
   * days ahead; empty when the text could not be read or nothing opens in that time. Asked while it
   * is open, it gives the start of a later opening, not the current one.
   */
  public Optional<ZonedDateTime> nextOpening(ZonedDateTime from) {
    if (schedule == null) {
      return Optional.empty();
    }
    ZonedDateTime japan = from.withZoneSameInstant(JapanTime.ZONE);
    LocalDate first = japan.toLocalDate();
    for (int d = 0; d <= HORIZON_DAYS; d++) {
      LocalDate date = first.plusDays(d);
      ZonedDateTime best = null;
      for (Schedule.Part part : schedule.parts()) {
        if (!schedule.opens(part, date)) {
          continue;
        }
        ZonedDateTime start =
            date.atStartOfDay(JapanTime.ZONE).plus(part.start(), ChronoUnit.MINUTES);
        if (start.isAfter(japan) && (best == null || start.isBefore(best))) {
          best = start;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /** One opening: from {@code start} to {@code end}, Japan time. */
  public record Opening(ZonedDateTime start, ZonedDateTime end) {}

  /**
   * Whether every part is on days of the week (毎週水, 月〜金, 土日): such a schedule can be thinned to
   * every other week; one on days of the month (第2土, 毎月10日) cannot.
   */
  public boolean isWeekly() {
    return schedule != null
        && schedule.parts().stream().allMatch(p -> p.days() instanceof Days.Weekly);
  }

  /**
   * Up to {@code max} openings, soonest first, that end after {@code after}, start on a date kept
   * by {@code keep} and no later than {@code until} (none: {@value #HORIZON_DAYS} days ahead);
   * empty when the text could not be read. Recurring events list their dates with it.
   */
  public List<Opening> openings(
      ZonedDateTime after, LocalDate until, int max, Predicate<LocalDate> keep) {
    List<Opening> out = new ArrayList<>();
    if (schedule == null) {
      return out;
    }
    ZonedDateTime japan = after.withZoneSameInstant(JapanTime.ZONE);
    LocalDate first = japan.toLocalDate().minusDays(1);
    LocalDate last = until != null ? until : first.plusDays(HORIZON_DAYS);
    for (LocalDate date = first; !date.isAfter(last) && out.size() < max; date = date.plusDays(1)) {
      if (!keep.test(date)) {
        continue;
      }
      List<Opening> day = new ArrayList<>();
      for (Schedule.Part part : schedule.parts()) {
        if (schedule.opens(part, date)) {
          ZonedDateTime start = date.atStartOfDay(JapanTime.ZONE).plusMinutes(part.start());
          ZonedDateTime end = date.atStartOfDay(JapanTime.ZONE).plusMinutes(part.end());
          if (end.isAfter(japan)) {
            day.add(new Opening(start, end));
          }
        }
      }
      day.sort(java.util.Comparator.comparing(Opening::start));
      day.stream().limit(max - out.size()).forEach(out::add);
    }
    return out;
  }

  private boolean within(Schedule.Part part, int minute, LocalDate day) {
    return minute >= part.start() && minute < part.end() && schedule.opens(part, day);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OpeningHours o && o.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return (schedule == null ? "OpeningHours(unread: " : "OpeningHours(") + text + ")";
  }
}
