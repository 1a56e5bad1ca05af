package jp.junction.bot.handoff;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When staff usually answer: the configured days, each with the same time spans (Japan time). A
 * plain schedule on purpose; the places' own opening hours are read elsewhere.
 */
final class StaffHours {

  private final Set<DayOfWeek> days;
  private final List<Span> spans;

  StaffHours(HandoffSettings settings) {
    this.days =
        settings.days().isEmpty()
            ? EnumSet.noneOf(DayOfWeek.class)
            : EnumSet.copyOf(settings.days());
    this.spans =
        settings.hours().stream()
            .map(h -> Span.parse(h, "junction.handoff.hours"))
            .sorted(Comparator.comparing(Span::from))
            .toList();
  }

  /** The days, Monday first. */
  List<DayOfWeek> days() {
    return List.copyOf(days);
  }

  /** The spans, earliest first. */
  List<Span> spans() {
    return spans;
  }

  /** Whether {@code at} (in Japan time) lies within a span on one of the days. */
  boolean open(ZonedDateTime at) {
    if (!days.contains(at.getDayOfWeek())) {
      return false;
    }
    LocalTime t = at.toLocalTime();
    return spans.stream().anyMatch(s -> s.contains(t));
  }

  /** The next time a span starts after {@code at}; null when there are no days or spans. */
  ZonedDateTime nextOpening(ZonedDateTime at) {
    for (int d = 0; d <= 7; d++) {
      ZonedDateTime day = at.toLocalDate().plusDays(d).atStartOfDay(at.getZone());
      if (!days.contains(day.getDayOfWeek())) {
        continue;
      }
      for (Span span : spans) {
        ZonedDateTime start = day.with(span.from());
        if (start.isAfter(at)) {
          return start;
        }
      }
    }
    return null;
  }

  /**
   * One span of a day, {@code from} inclusive, {@code until} exclusive; an end of {@code 24:00} is
   * kept as {@link LocalTime#MAX}.
   */
  record Span(LocalTime from, LocalTime until) {

    private static final Pattern FORM =
        Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*[-〜~]\\s*(\\d{1,2}:\\d{2})\\s*");

    boolean contains(LocalTime t) {
      return !t.isBefore(from) && (until == LocalTime.MAX || t.isBefore(until));
    }

    /** Whether the span runs to midnight. */
    boolean toMidnight() {
      return until == LocalTime.MAX;
    }

    static Span parse(String text, String where) {
      Matcher m = FORM.matcher(text == null ? "" : text);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            where + ": '" + text + "' is not a time span like 10:00-17:00");
      }
      LocalTime from = time(m.group(1), where, text);
      LocalTime until = "24:00".equals(m.group(2)) ? LocalTime.MAX : time(m.group(2), where, text);
      if (!from.isBefore(until)) {
        throw new IllegalArgumentException(
            where + ": '" + text + "' ends before it starts (a span stays within one day)");
      }
      return new Span(from, until);
    }

    private static LocalTime time(String hhmm, String where, String text) {
      try {
        return LocalTime.parse(hhmm.length() == 4 ? "0" + hhmm : hhmm);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": '" + text + "' has no such time " + hhmm, e);
      }
    }
  }
}
