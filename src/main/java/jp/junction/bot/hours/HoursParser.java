package jp.junction.bot.hours;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an hours text into a {@link Schedule}, or nothing when any part of it cannot be read (the
 * text is then shown as written; a schedule is never half-guessed). The forms are listed in {@link
 * OpeningHours}.
 */
final class HoursParser {

  private static final String DAY = "[月火水木金土日]";
  private static final String DAY_ITEM =
      "(?:祝祭日|祝日|祝|" + DAY + "(?:曜日?)?(?:〜" + DAY + "(?:曜日?)?)?)";
  private static final String MONTHS = "(?:(毎月|偶数月|奇数月)|(\\d{1,2})月?〜(\\d{1,2})月の?|(\\d{1,2})月の)";

  private static final Pattern DASH = Pattern.compile("[~～〜\\-–—―−‐]|(?<=\\d)ー(?=\\d|翌)");
  private static final Pattern NOTE = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern CLOSED_AFTER =
      Pattern.compile(
          "((?:" + DAY + "(?:曜日?)?|祝祭日|祝日|祝|年末年始|[・、,])+)は?(?:定休日|休館日|お?休み|休業|休館|休|を?除く)");
  private static final Pattern CLOSED_BEFORE =
      Pattern.compile("(?:定休日|休館日|休業日|休み)[:は]?\\s*((?:" + DAY + "(?:曜日?)?|祝祭日|祝日|祝|年末年始|[・、,])+)");
  private static final Pattern EVERY_DAY = Pattern.compile("年中無休|無休|365日|年中");
  private static final Pattern ALL_DAY = Pattern.compile("24時間(?:営業|対応|受付)?|終日");
  private static final Pattern SKIP = Pattern.compile("[\\s、,/;]+");
  private static final Pattern TIME =
      Pattern.compile(
          "(\\d{1,2})(?::(\\d{2})|時(?:(\\d{1,2})分|(半))?)\\s*〜\\s*(翌)?(\\d{1,2})(?::(\\d{2})|時(?:(\\d{1,2})分|(半))?)(?:まで)?");
  private static final Pattern EVERY = Pattern.compile("毎日|連日");
  private static final Pattern WEEKDAYS = Pattern.compile("平日");
  private static final Pattern NTH =
      Pattern.compile(MONTHS + "?(?:第([1-5](?:[・、,と]?第?[1-5])*)|(最終))\\s*(" + DAY + ")(?:曜日?)?");
  private static final Pattern MONTH_DAY = Pattern.compile("毎月(\\d{1,2})日");
  private static final Pattern WEEKLY =
      Pattern.compile(MONTHS + "?(?:毎週)?(" + DAY_ITEM + "(?:[・、,]?" + DAY_ITEM + ")*)");
  private static final Pattern ITEM = Pattern.compile(DAY_ITEM);

  private HoursParser() {}

  static Optional<Schedule> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    s = DASH.matcher(s).replaceAll("〜");
    ClosedDays closed = new ClosedDays();
    // Notes in brackets: a day off counts, anything else about days is not understood.
    Matcher note = NOTE.matcher(s);
    StringBuilder rest = new StringBuilder();
    while (note.find()) {
      String inside = closed.take(note.group(1));
      if (inside.matches(".*(休|除|閉|第|曜|祝).*")) {
        return Optional.empty();
      }
      note.appendReplacement(rest, " ");
    }
    note.appendTail(rest);
    s = closed.take(rest.toString());
    boolean everyDay = EVERY_DAY.matcher(s).find();
    s = EVERY_DAY.matcher(s).replaceAll(" ");
    s = ALL_DAY.matcher(s).replaceAll(" 0:00〜24:00 ");
    return new Scan(s, everyDay).parts().map(parts -> new Schedule(parts, closed.closed()));
  }

  /** Days off found in the text, taken out of it. */
  private static final class ClosedDays {
    private final Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    private boolean holidays;
    private boolean newYear;

    String take(String s) {
      return take(CLOSED_BEFORE, take(CLOSED_AFTER, s));
    }

    private String take(Pattern pattern, String s) {
      Matcher m = pattern.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String days = m.group(1);
        holidays |= days.contains("祝");
        newYear |= days.contains("年末年始");
        String plain = days.replaceAll("祝祭日|祝日|祝|年末年始|曜日|曜", "");
        for (char c : plain.toCharArray()) {
          dayOf(c).ifPresent(weekdays::add);
        }
        m.appendReplacement(out, " ");
      }
      m.appendTail(out);
      return out.toString();
    }

    Schedule.Closed closed() {
      return weekdays.isEmpty() && !holidays && !newYear
          ? Schedule.Closed.NONE
          : new Schedule.Closed(Set.copyOf(weekdays), holidays, newYear);
    }
  }

  /** Days then times, in turn, from the start of the text to its end. */
  private static final class Scan {
    private final String s;
    private final boolean everyDay;
    private int at;

    Scan(String s, boolean everyDay) {
      this.s = s;
      this.everyDay = everyDay;
    }

    Optional<List<Schedule.Part>> parts() {
      List<Schedule.Part> parts = new ArrayList<>();
      Days days = null;
      boolean timed = false;
      skip();
      while (at < s.length()) {
        Optional<int[]> range = range();
        if (range.isPresent()) {
          Days on = days != null ? days : everyDayRule();
          parts.add(new Schedule.Part(on, range.get()[0], range.get()[1]));
          timed = true;
        } else {
          Optional<Days> next = days();
          if (next.isEmpty() || (days != null && !timed)) {
            return Optional.empty();
          }
          days = next.get();
          timed = false;
        }
        skip();
      }
      if (parts.isEmpty() && everyDay) {
        // 「年中無休」 alone says which days, not which hours.
        return Optional.empty();
      }
      return parts.isEmpty() || (days != null && !timed) ? Optional.empty() : Optional.of(parts);
    }

    private void skip() {
      Matcher m = SKIP.matcher(s).region(at, s.length());
      if (m.lookingAt()) {
        at = m.end();
      }
    }

    private Matcher at(Pattern pattern) {
      Matcher m = pattern.matcher(s).region(at, s.length());
      return m.lookingAt() ? m : null;
    }

    private Optional<int[]> range() {
      Matcher m = at(TIME);
      if (m == null) {
        return Optional.empty();
      }
      int start = minutes(m.group(1), m.group(2), m.group(3), m.group(4) != null);
      int end = minutes(m.group(6), m.group(7), m.group(8), m.group(9) != null);
      if (start < 0 || end < 0 || start >= 24 * 60) {
        return Optional.empty();
      }
      if (m.group(5) != null || end <= start) {
        end += 24 * 60;
      }
      if (end - start > 24 * 60 || end - start <= 0) {
        return Optional.empty();
      }
      at = m.end();
      return Optional.of(new int[] {start, end});
    }

    private Optional<Days> days() {
      Matcher m;
      if ((m = at(EVERY)) != null) {
        at = m.end();
        return Optional.of(everyDayRule());
      }
      if ((m = at(WEEKDAYS)) != null) {
        at = m.end();
        return Optional.of(
            new Days.Weekly(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), false, true, Days.ALL_MONTHS));
      }
      if ((m = at(MONTH_DAY)) != null) {
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > 31) {
          return Optional.empty();
        }
        at = m.end();
        return Optional.of(new Days.DayOfMonth(day));
      }
      if ((m = at(NTH)) != null) {
        Set<Integer> months = months(m);
        if (months.isEmpty()) {
          return Optional.empty();
        }
        Set<Integer> nths = new TreeSet<>();
        if (m.group(6) != null) {
          nths.add(-1);
        } else {
          m.group(5).chars().filter(Character::isDigit).forEach(c -> nths.add(c - '0'));
        }
        at = m.end();
        return Optional.of(
            new Days.NthWeekday(
                Set.copyOf(nths), dayOf(m.group(7).charAt(0)).orElseThrow(), months));
      }
      if ((m = at(WEEKLY)) != null) {
        Set<Integer> months = months(m);
        if (months.isEmpty()) {
          return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean holidays = false;
        Matcher item = ITEM.matcher(m.group(5));
        while (item.find()) {
          String it = item.group().replaceAll("曜日|曜", "");
          if (it.startsWith("祝")) {
            holidays = true;
          } else if (it.contains("〜")) {
            DayOfWeek from = dayOf(it.charAt(0)).orElseThrow();
            DayOfWeek to = dayOf(it.charAt(it.length() - 1)).orElseThrow();
            for (DayOfWeek d = from; ; d = d.plus(1)) {
              days.add(d);
              if (d == to) {
                break;
              }
            }
          } else {
            days.add(dayOf(it.charAt(0)).orElseThrow());
          }
        }
        at = m.end();
        return Optional.of(new Days.Weekly(Set.copyOf(days), holidays, false, months));
      }
      return Optional.empty();
    }

    private Days everyDayRule() {
      return new Days.Weekly(EnumSet.allOf(DayOfWeek.class), false, false, Days.ALL_MONTHS);
    }
  }

  /** The months named before the days: 毎月 (all), 偶数月, 奇数月, 1月〜3月の, 6月の. */
  private static Set<Integer> months(Matcher m) {
    if (m.group(1) != null) {
      return switch (m.group(1)) {
        case "偶数月" -> Set.of(2, 4, 6, 8, 10, 12);
        case "奇数月" -> Set.of(1, 3, 5, 7, 9, 11);
        default -> Days.ALL_MONTHS;
      };
    }
    if (m.group(2) != null) {
      int from = Integer.parseInt(m.group(2));
      int to = Integer.parseInt(m.group(3));
      if (from < 1 || from > 12 || to < 1 || to > 12) {
        return Set.of();
      }
      Set<Integer> months = new TreeSet<>();
      for (int month = from; ; month = month % 12 + 1) {
        months.add(month);
        if (month == to) {
          break;
        }
      }
      return Set.copyOf(months);
    }
    if (m.group(4) != null) {
      int month = Integer.parseInt(m.group(4));
      return month >= 1 && month <= 12 ? Set.of(month) : Set.of();
    }
    return Days.ALL_MONTHS;
  }

  private static int minutes(String hours, String colonMinutes, String kanjiMinutes, boolean half) {
    int h = Integer.parseInt(hours);
    String mm = colonMinutes != null ? colonMinutes : kanjiMinutes;
    int m = mm != null ? Integer.parseInt(mm) : half ? 30 : 0;
    if (h > 24 || m > 59 || (h == 24 && m > 0)) {
      return -1;
    }
    return h * 60 + m;
  }

  private static Optional<DayOfWeek> dayOf(char c) {
    int i = "月火水木金土日".indexOf(c);
    return i < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(i + 1));
  }
}
