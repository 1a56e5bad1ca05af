package jp.junction.bot.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.junction.bot.hours.JapaneseHolidays;
import jp.junction.bot.hours.OpeningHours;

/**
 * How an event repeats: a rule in the words of opening hours ({@link OpeningHours}: 「毎月第2土曜
 * 13:30〜15:30」「毎週水曜 10:00〜12:00」), every {@code everyWeeks} weeks for a weekly rule (counted from
 * the week of {@code from}), from a date until an optional last one, without public holidays when
 * {@code skipHolidays}, and without the single dates staff called off ({@code skipped}).
 */
public record Recurrence(
    String rule,
    int everyWeeks,
    LocalDate from,
    LocalDate until,
    boolean skipHolidays,
    Set<LocalDate> skipped) {

  /** The most weeks between two meetings a rule may have. */
  public static final int MAX_WEEKS = 8;

  public Recurrence {
    everyWeeks = Math.max(1, everyWeeks);
    skipped = Set.copyOf(new TreeSet<>(skipped == null ? Set.of() : skipped));
  }

  /** The rule read as opening hours. */
  public OpeningHours hours() {
    return OpeningHours.parse(rule);
  }

  /**
   * The next {@code count} meetings that have not ended at {@code now}, skipped dates left out (or
   * kept, when {@code withSkipped}, for staff to put them back).
   */
  public List<OpeningHours.Opening> next(ZonedDateTime now, int count, boolean withSkipped) {
    ZonedDateTime after = now.isBefore(from.atStartOfDay(now.getZone())) ? start(now) : now;
    return hours()
        .openings(
            after, until, count, d -> !d.isBefore(from) && inWeek(d) && (withSkipped || kept(d)));
  }

  /** Whether a date is one of the series' meetings left out: called off, or a holiday. */
  public boolean kept(LocalDate date) {
    return !skipped.contains(date) && !(skipHolidays && JapaneseHolidays.isHoliday(date));
  }

  /** The same series with {@code date} called off (or, when {@code off} is false, back on). */
  public Recurrence skipping(LocalDate date, boolean off) {
    Set<LocalDate> dates = new TreeSet<>(skipped);
    if (off) {
      dates.add(date);
    } else {
      dates.remove(date);
    }
    return new Recurrence(rule, everyWeeks, from, until, skipHolidays, dates);
  }

  private ZonedDateTime start(ZonedDateTime now) {
    return from.atStartOfDay(now.getZone()).minusNanos(1);
  }

  private boolean inWeek(LocalDate date) {
    if (everyWeeks == 1) {
      return true;
    }
    LocalDate week = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate that = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return ChronoUnit.WEEKS.between(week, that) % everyWeeks == 0;
  }
}
