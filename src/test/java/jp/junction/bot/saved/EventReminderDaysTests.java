package jp.junction.bot.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import jp.junction.bot.system.JapanTime;
import org.junit.jupiter.api.Test;

/**
 * The days an event's reminder may go out on: from tomorrow, before the event starts (never a day
 * after it, nor its own day once it has begun by the reminder time), at most 60 days ahead; a
 * forged day is refused.
 */
class EventReminderDaysTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final LocalTime TEN = LocalTime.of(10, 0);

  static EventReminderDays startingAt(String start) {
    return new EventReminderDays(
        TODAY,
        ZonedDateTime.of(java.time.LocalDateTime.parse(start), JapanTime.ZONE),
        TEN,
        List.of(1, 3, 7));
  }

  static List<String> codes(EventReminderDays days) {
    return days.choices().stream().map(EventReminderDays.Choice::code).toList();
  }

  @Test
  void anEventInTwoWeeksOffersTheDayBeforeAndEveryConfiguredDay() {
    EventReminderDays days = startingAt("2026-12-12T13:30");

    assertThat(days.choices())
        .containsExactly(
            new EventReminderDays.Choice("eve", LocalDate.of(2026, 12, 11)),
            new EventReminderDays.Choice("1", LocalDate.of(2026, 11, 27)),
            new EventReminderDays.Choice("3", LocalDate.of(2026, 11, 29)),
            new EventReminderDays.Choice("7", LocalDate.of(2026, 12, 3)));
    assertThat(days.last()).contains(LocalDate.of(2026, 12, 12));
  }

  @Test
  void noChoiceFallsAfterTheEventAndADayLandingOnTheDayBeforeIsSaidOnlyOnce() {
    // Starts 2026-11-29 13:30: 7 days from today is after it; 3 days is its own day, before 13:30.
    assertThat(codes(startingAt("2026-11-29T13:30"))).containsExactly("eve", "1", "3");
    // 2026-11-30: 「3日後」 is the day before, so only 「前の日」 says it.
    assertThat(codes(startingAt("2026-11-30T13:30"))).containsExactly("eve", "1");
  }

  @Test
  void anEventThatBeginsBeforeTheReminderTimeIsNotRemindedOnItsOwnDay() {
    EventReminderDays days = startingAt("2026-11-29T09:00");

    assertThat(codes(days)).containsExactly("eve", "1");
    assertThat(days.last()).contains(LocalDate.of(2026, 11, 28));
    assertThat(days.day("pick", "2026-11-29")).isEmpty();
  }

  @Test
  void anEventTomorrowHasNoDayBeforeLeftAndOneTodayHasNoDayAtAll() {
    assertThat(codes(startingAt("2026-11-27T14:00"))).containsExactly("1");
    assertThat(startingAt("2026-11-27T14:00").eve()).isEmpty();
    assertThat(startingAt("2026-11-26T19:00").choices()).isEmpty();
    assertThat(startingAt("2026-11-26T19:00").last()).isEmpty();
  }

  @Test
  void aForgedOrStaleTapResolvesToNoDay() {
    EventReminderDays days = startingAt("2026-11-29T13:30");

    assertThat(days.day("eve", null)).contains(LocalDate.of(2026, 11, 28));
    assertThat(days.day("3", null)).contains(LocalDate.of(2026, 11, 29));
    assertThat(days.day("7", null)).as("after the event").isEmpty();
    assertThat(days.day("2", null)).as("not offered").isEmpty();
    assertThat(days.day("pick", "2026-11-26")).as("today").isEmpty();
    assertThat(days.day("pick", "2026-11-20")).as("past").isEmpty();
    assertThat(days.day("pick", "2026-11-30")).as("after the event").isEmpty();
    assertThat(days.day("pick", "not-a-date")).isEmpty();
    assertThat(days.day("pick", "2026-11-28")).contains(LocalDate.of(2026, 11, 28));
    assertThat(days.day(null, null)).isEmpty();
  }

  @Test
  void anEventFarAheadIsRemindedAtMostSixtyDaysFromToday() {
    EventReminderDays days = startingAt("2027-06-01T13:30");

    assertThat(codes(days)).containsExactly("1", "3", "7");
    assertThat(days.last()).contains(TODAY.plusDays(ReminderSettings.MAX_DAYS));
  }
}
