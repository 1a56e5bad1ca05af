package jp.junction.bot.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.junction.bot.system.JapanTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Schedules generated as staff would write them (days in several spellings, a time range that may
 * run past midnight) read back to the same opening times, and the next opening is always open and
 * never later than a moment that is open.
 */
class OpeningHoursProperties {

  private static final String DAYS = "月火水木金土日";

  /** A weekly schedule and the text that writes it. */
  record Weekly(Set<DayOfWeek> days, int start, int end, String text) {}

  @Property(tries = 1500)
  void aWrittenWeeklyScheduleIsOpenExactlyWhenItsDaysAndTimesSay(
      @ForAll("weekly") Weekly weekly, @ForAll("moments") ZonedDateTime at) {
    OpeningHours hours = OpeningHours.parse(weekly.text());
    assertThat(hours.isReadable()).as(weekly.text()).isTrue();
    int minute = at.getHour() * 60 + at.getMinute();
    boolean expected =
        (weekly.days().contains(at.getDayOfWeek())
                && minute >= weekly.start()
                && minute < weekly.end())
            || (weekly.days().contains(at.getDayOfWeek().minus(1))
                && minute + 1440 >= weekly.start()
                && minute + 1440 < weekly.end());
    assertThat(hours.isOpenAt(at)).as("%s at %s", weekly.text(), at).isEqualTo(expected);
  }

  @Property(tries = 800)
  void whenClosedNothingOpensBeforeTheNextOpeningAndItIsOpenThen(
      @ForAll("weekly") Weekly weekly, @ForAll("moments") ZonedDateTime at) {
    OpeningHours hours = OpeningHours.parse(weekly.text());
    if (hours.isOpenAt(at)) {
      return;
    }
    ZonedDateTime next = hours.nextOpening(at).orElseThrow();
    assertThat(next).isAfter(at);
    assertThat(hours.isOpenAt(next)).isTrue();
    for (ZonedDateTime t = at; t.isBefore(next); t = t.plusMinutes(15)) {
      assertThat(hours.isOpenAt(t)).as("%s at %s, next %s", weekly.text(), t, next).isFalse();
    }
    assertThat(hours.isOpenAt(next.minusMinutes(1))).isFalse();
  }

  @Property(tries = 500)
  void anNthWeekdayRuleOpensOnTheFirstSuchDayAfterTheMoment(
      @ForAll("nths") Set<Integer> nths,
      @ForAll("weekdays") DayOfWeek day,
      @ForAll("moments") ZonedDateTime at) {
    String text =
        "毎月"
            + nths.stream().map(n -> "第" + n).collect(Collectors.joining("・"))
            + DAYS.charAt(day.getValue() - 1)
            + " 13:30-16:00";
    ZonedDateTime next = OpeningHours.parse(text).nextOpening(at).orElseThrow();
    LocalDate expected = at.toLocalDate();
    if (!at.toLocalTime().isBefore(java.time.LocalTime.of(13, 30))) {
      expected = expected.plusDays(1);
    }
    while (!(expected.getDayOfWeek() == day
        && nths.contains((expected.getDayOfMonth() - 1) / 7 + 1))) {
      expected = expected.plusDays(1);
    }
    assertThat(next.toLocalDate()).as(text).isEqualTo(expected);
  }

  @Property(tries = 300)
  void aSundayHolidayAlwaysGivesTheNextWorkingDayOff(@ForAll("years") int year) {
    int count = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (JapaneseHolidays.isHoliday(d)) {
        count++;
      }
      if (JapaneseHolidays.isNamedHoliday(d) && d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        LocalDate after = d.plusDays(1);
        while (JapaneseHolidays.isNamedHoliday(after)) {
          after = after.plusDays(1);
        }
        assertThat(JapaneseHolidays.isHoliday(after)).as("after %s", d).isTrue();
      }
    }
    assertThat(count).isBetween(16, 21);
  }

  @Provide
  Arbitrary<Weekly> weekly() {
    Arbitrary<Set<DayOfWeek>> days =
        Arbitraries.of(DayOfWeek.values()).set().ofMinSize(1).ofMaxSize(7);
    Arbitrary<Integer> start = Arbitraries.integers().between(0, 95).map(q -> q * 15);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 96).map(q -> q * 15);
    Arbitrary<Integer> style = Arbitraries.integers().between(0, 3);
    return Combinators.combine(days, start, length, style)
        .as(
            (d, s, l, st) -> {
              int end = s + l;
              return new Weekly(Set.copyOf(d), s, end, dayText(d, st) + " " + timeText(s, end, st));
            });
  }

  @Provide
  Arbitrary<ZonedDateTime> moments() {
    return Arbitraries.longs()
        .between(0, 6L * 365 * 24 * 60)
        .map(m -> LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(m).atZone(JapanTime.ZONE));
  }

  @Provide
  Arbitrary<Set<Integer>> nths() {
    return Arbitraries.integers().between(1, 4).set().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<DayOfWeek> weekdays() {
    return Arbitraries.of(DayOfWeek.values());
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.integers().between(2022, 2099);
  }

  /** The days as a list (毎週月・水), a range when they run on (火〜土), or 毎日 for all seven. */
  private static String dayText(Set<DayOfWeek> days, int style) {
    if (days.size() == 7 && style % 2 == 0) {
      return "毎日";
    }
    List<Integer> sorted =
        new TreeSet<>(days.stream().map(DayOfWeek::getValue).toList()).stream().toList();
    boolean run = sorted.get(sorted.size() - 1) - sorted.get(0) == sorted.size() - 1;
    if (run && sorted.size() > 2 && style != 3) {
      return DAYS.charAt(sorted.get(0) - 1) + "〜" + DAYS.charAt(sorted.get(sorted.size() - 1) - 1);
    }
    String list =
        sorted.stream()
            .map(i -> String.valueOf(DAYS.charAt(i - 1)))
            .collect(Collectors.joining("・"));
    return style == 1 ? "毎週" + list : style == 2 ? list.replace("・", "") : list;
  }

  /** 13:00-17:00, with 翌 or without it for a range past midnight, in full width sometimes. */
  private static String timeText(int start, int end, int style) {
    String from = clock(start);
    String to;
    if (end > 1440 && end - 1440 < start && style % 2 == 0) {
      to = clock(end - 1440); // 22:00-6:00: the end before the start says "next morning"
    } else if (end > 1440) {
      to = "翌" + clock(end - 1440);
    } else {
      to = clock(end);
    }
    String text = from + (style == 3 ? "〜" : "-") + to;
    return style == 2
        ? java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replace('0', '０')
        : text;
  }

  private static String clock(int minutes) {
    return minutes / 60 + ":" + String.format("%02d", minutes % 60);
  }
}
