package jp.junction.bot.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.system.JapanTime;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, JapanTime.ZONE);

  @Test
  void theSecondSaturdayOfEachMonthGivesItsNextThreeDatesWithTheirTimes() {
    Recurrence r =
        new Recurrence("毎月第2土曜 13:30〜15:30", 1, LocalDate.of(2026, 11, 1), null, false, Set.of());

    List<OpeningHours.Opening> next = r.next(NOW, 3, false);

    assertThat(next)
        .extracting(o -> o.start().toLocalDateTime().toString())
        .containsExactly("2026-12-12T13:30", "2027-01-09T13:30", "2027-02-13T13:30");
    assertThat(next.get(0).end().toLocalTime()).hasToString("15:30");
  }

  @Test
  void aCalledOffDateIsLeftOutAndTheSeriesGoesOn() {
    Recurrence r =
        new Recurrence("毎月第2土曜 13:30〜15:30", 1, LocalDate.of(2026, 11, 1), null, false, Set.of())
            .skipping(LocalDate.of(2026, 12, 12), true);

    assertThat(r.next(NOW, 2, false))
        .extracting(o -> o.start().toLocalDate().toString())
        .containsExactly("2027-01-09", "2027-02-13");
    assertThat(r.next(NOW, 1, true).get(0).start().toLocalDate()).isEqualTo("2026-12-12");
    assertThat(r.skipping(LocalDate.of(2026, 12, 12), false).next(NOW, 1, false))
        .extracting(o -> o.start().toLocalDate().toString())
        .containsExactly("2026-12-12");
  }

  @Test
  void everyOtherWeekCountsFromTheWeekOfTheFirstDate() {
    Recurrence r =
        new Recurrence("毎週水曜 10:00〜12:00", 2, LocalDate.of(2026, 12, 9), null, false, Set.of());

    assertThat(r.next(NOW, 3, false))
        .extracting(o -> o.start().toLocalDate().toString())
        .containsExactly("2026-12-09", "2026-12-23", "2027-01-06");
  }

  @Test
  void holidaysAreSkippedOnlyWhenStaffSaySo() {
    // 2027-01-11 is 成人の日 (the second Monday of January).
    Recurrence open =
        new Recurrence("毎週月曜 19:00〜20:30", 1, LocalDate.of(2027, 1, 1), null, false, Set.of());
    Recurrence closed =
        new Recurrence("毎週月曜 19:00〜20:30", 1, LocalDate.of(2027, 1, 1), null, true, Set.of());

    assertThat(open.next(NOW, 3, false))
        .extracting(o -> o.start().toLocalDate().toString())
        .containsExactly("2027-01-04", "2027-01-11", "2027-01-18");
    assertThat(closed.next(NOW, 3, false))
        .extracting(o -> o.start().toLocalDate().toString())
        .containsExactly("2027-01-04", "2027-01-18", "2027-01-25");
  }

  @Test
  void theSeriesStopsAtItsLastDateAndAMeetingUnderWayStillCounts() {
    Recurrence r =
        new Recurrence(
            "毎週水曜 9:00〜11:00",
            1,
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 9),
            false,
            Set.of());

    assertThat(r.next(NOW, 5, false))
        .extracting(o -> o.start().toLocalDate().toString())
        .containsExactly("2026-12-02", "2026-12-09");
  }
}
