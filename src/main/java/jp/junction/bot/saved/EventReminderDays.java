package jp.junction.bot.saved;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.system.JapanTime;

/**
 * The days a reminder of an event may go out on: from tomorrow (never a day already past), at most
 * {@link ReminderSettings#MAX_DAYS} ahead, and only while the reminder time of that day is before
 * the event starts (never on a day after it, nor later on its own day). 「前の日に知らせて」 is the day
 * before the event; 「○日後にもう一度見せて」 are the configured days that fit (one landing on the day before
 * is left out: 「前の日」 says it).
 *
 * @param today today in Japan
 * @param start when the event (its next meeting) starts, in Japan time
 * @param at the reminder time of day
 * @param days the configured 「○日後」 choices
 */
record EventReminderDays(LocalDate today, ZonedDateTime start, LocalTime at, List<Integer> days) {

  /** The {@code d} of 「前の日に知らせて」. */
  static final String EVE = "eve";

  /** One choice offered: its {@code d} and the day it books. */
  record Choice(String code, LocalDate day) {}

  EventReminderDays {
    start = start.withZoneSameInstant(JapanTime.ZONE);
    days = List.copyOf(days);
  }

  /** The day before the event, when a reminder may go out then. */
  Optional<LocalDate> eve() {
    LocalDate eve = start.toLocalDate().minusDays(1);
    return allowed(eve) ? Optional.of(eve) : Optional.empty();
  }

  /** 「前の日」 (when it fits) then the 「○日後」 days that fit, in the configured order. */
  List<Choice> choices() {
    List<Choice> out = new ArrayList<>();
    Optional<LocalDate> eve = eve();
    eve.ifPresent(day -> out.add(new Choice(EVE, day)));
    for (int d : days) {
      LocalDate day = today.plusDays(d);
      if (allowed(day) && eve.map(e -> !e.equals(day)).orElse(true)) {
        out.add(new Choice(Integer.toString(d), day));
      }
    }
    return out;
  }

  /** The last day a reminder may go out on (the date picker's end); empty when there is none. */
  Optional<LocalDate> last() {
    LocalDate day = start.toLocalDate();
    if (!allowed(day)) {
      day = day.minusDays(1);
    }
    LocalDate far = today.plusDays(ReminderSettings.MAX_DAYS);
    if (day.isAfter(far)) {
      day = far;
    }
    return allowed(day) ? Optional.of(day) : Optional.empty();
  }

  /**
   * The day a tap asks for: {@link #EVE}, one of the configured days, or (for {@code pick}) the
   * date from LINE's date picker; empty when it is none of those or the day does not fit (a forged
   * or stale tap books nothing).
   */
  Optional<LocalDate> day(String code, String picked) {
    if (EVE.equals(code)) {
      return eve();
    }
    if (ReminderActions.PICKED.equals(code)) {
      try {
        return Optional.ofNullable(picked).map(LocalDate::parse).filter(this::allowed);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return choices().stream()
        .filter(c -> c.code().equals(code) && !EVE.equals(c.code()))
        .map(Choice::day)
        .findFirst();
  }

  /** Whether a reminder may go out on {@code day}. */
  boolean allowed(LocalDate day) {
    return day.isAfter(today)
        && !day.isAfter(today.plusDays(ReminderSettings.MAX_DAYS))
        && day.atTime(at).atZone(JapanTime.ZONE).isBefore(start);
  }
}
