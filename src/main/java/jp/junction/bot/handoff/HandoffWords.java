package jp.junction.bot.handoff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.DialogContent;

/**
 * The staff chat's hours, the next opening and lengths of time in the words of {@code
 * dialogs/handoff.yml} (「月曜〜金曜の10:00〜17:00」, 「明日（火曜）の10:00」, 「60分」).
 */
final class HandoffWords {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private final DialogContent content;

  HandoffWords(DialogContent content) {
    this.content = content;
    // Read again for each answer, in the language being spoken (a variant has the same seven).
    if (content.list(HandoffLists.WEEKDAYS).size() != 7) {
      throw new IllegalStateException(
          "dialogs: lists." + HandoffLists.WEEKDAYS.key() + " must name 7 days, Monday first");
    }
  }

  /** When staff usually answer, e.g. 月曜〜金曜の10:00〜17:00. */
  String usual(StaffHours hours) {
    List<String> times = new ArrayList<>();
    for (StaffHours.Span span : hours.spans()) {
      times.add(span(TIME.format(span.from()), span.toMidnight() ? "24:00" : time(span.until())));
    }
    return content.text(
        HandoffTexts.HOURS,
        Map.of(
            "days",
            days(hours.days()),
            "times",
            String.join(content.text(HandoffTexts.JOIN_TIMES), times)));
  }

  /** When {@code next} is, seen from {@code now}: today, tomorrow or a date, and the time. */
  String next(ZonedDateTime now, ZonedDateTime next) {
    long days = ChronoUnit.DAYS.between(now.toLocalDate(), next.toLocalDate());
    HandoffTexts which =
        days == 0
            ? HandoffTexts.NEXT_TODAY
            : days == 1 ? HandoffTexts.NEXT_TOMORROW : HandoffTexts.NEXT_LATER;
    return content.text(
        which,
        Map.of(
            "time", time(next.toLocalTime()),
            "day", name(next.getDayOfWeek()),
            "month", next.getMonthValue(),
            "date", next.getDayOfMonth()));
  }

  /** A length of time in minutes, or in hours when it is whole hours of two or more. */
  String length(Duration d) {
    long minutes = d.toMinutes();
    if (minutes >= 120 && minutes % 60 == 0) {
      return content.text(HandoffTexts.HOURS_UNIT, Map.of("n", minutes / 60));
    }
    return content.text(HandoffTexts.MINUTES, Map.of("n", minutes));
  }

  /** Days Monday first; a run of three or more days in a row is written as its first and last. */
  private String days(List<DayOfWeek> days) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < days.size()) {
      int j = i;
      while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
        j++;
      }
      if (j - i >= 2) {
        parts.add(span(name(days.get(i)), name(days.get(j))));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(name(days.get(k)));
        }
      }
      i = j + 1;
    }
    return String.join(content.text(HandoffTexts.JOIN_DAYS), parts);
  }

  private String span(String from, String to) {
    return content.text(HandoffTexts.SPAN, Map.of("from", from, "to", to));
  }

  private String name(DayOfWeek day) {
    return content.list(HandoffLists.WEEKDAYS).get(day.getValue() - 1);
  }

  private static String time(LocalTime t) {
    return TIME.format(t);
  }
}
