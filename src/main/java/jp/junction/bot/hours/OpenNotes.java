package jp.junction.bot.hours;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.DialogException;
import jp.junction.bot.system.JapanTime;

/**
 * Says, in the words of {@code dialogs/hours.yml}, whether something is open now or when it opens:
 * 「いま受付中」, 「6時から」, 「明日10時から」, 「土曜13時30分から」 (within the week), 「次回 12月13日(土) 13:30〜」 (later).
 * Nothing for hours that cannot be read, so the caller shows the text as it is.
 */
public final class OpenNotes {

  /** Within this many days, the weekday names the day; later, the date does. */
  static final int WEEKDAY_DAYS = 6;

  private final DialogContent words;

  /** Checks once that the dialogs have every word it needs. */
  public OpenNotes(DialogContent words) {
    words.require(HoursTexts.values());
    words.require(HoursLists.values());
    this.words = words;
    // Read again for each note, in the language being spoken (a variant has the same seven).
    if (words.list(HoursLists.WEEKDAYS).size() != 7) {
      throw new DialogException(
          "lists." + HoursLists.WEEKDAYS.key() + ": needs the seven weekday names, Monday first");
    }
  }

  /** 「いま受付中」 when open at {@code now}, otherwise when it opens; empty when unknown. */
  public Optional<String> note(OpeningHours hours, ZonedDateTime now) {
    if (hours.isOpenAt(now)) {
      return Optional.of(words.text(HoursTexts.OPEN_NOW));
    }
    return opens(hours, now);
  }

  /** When it next opens after {@code now} (「6時から」…); empty when unknown. */
  public Optional<String> opens(OpeningHours hours, ZonedDateTime now) {
    return hours.nextOpening(now).map(next -> when(now.withZoneSameInstant(JapanTime.ZONE), next));
  }

  private String when(ZonedDateTime now, ZonedDateTime next) {
    long days = ChronoUnit.DAYS.between(now.toLocalDate(), next.toLocalDate());
    String weekday = words.list(HoursLists.WEEKDAYS).get(next.getDayOfWeek().getValue() - 1);
    String time =
        next.getMinute() == 0
            ? words.text(HoursTexts.TIME_HOUR, Map.of("hour", next.getHour()))
            : words.text(
                HoursTexts.TIME_MINUTE, Map.of("hour", next.getHour(), "minute", next.getMinute()));
    if (days == 0) {
      return words.text(HoursTexts.NEXT_TODAY, Map.of("time", time));
    }
    if (days == 1) {
      return words.text(HoursTexts.NEXT_TOMORROW, Map.of("time", time));
    }
    if (days <= WEEKDAY_DAYS) {
      return words.text(HoursTexts.NEXT_WEEKDAY, Map.of("weekday", weekday, "time", time));
    }
    return words.text(
        HoursTexts.NEXT_DATE,
        Map.of(
            "month", next.getMonthValue(),
            "day", next.getDayOfMonth(),
            "weekday", weekday,
            "clock", String.format("%d:%02d", next.getHour(), next.getMinute())));
  }
}
