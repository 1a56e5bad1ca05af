package jp.junction.bot.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseHolidaysTests {

  /** The holidays the Cabinet Office published for 2025, 2026 and 2027 (内閣府「国民の祝日について」). */
  static final List<String> PUBLISHED =
      List.of(
          "2025-01-01",
          "2025-01-13",
          "2025-02-11",
          "2025-02-23",
          "2025-02-24",
          "2025-03-20",
          "2025-04-29",
          "2025-05-03",
          "2025-05-04",
          "2025-05-05",
          "2025-05-06",
          "2025-07-21",
          "2025-08-11",
          "2025-09-15",
          "2025-09-23",
          "2025-10-13",
          "2025-11-03",
          "2025-11-23",
          "2025-11-24",
          "2026-01-01",
          "2026-01-12",
          "2026-02-11",
          "2026-02-23",
          "2026-03-20",
          "2026-04-29",
          "2026-05-03",
          "2026-05-04",
          "2026-05-05",
          "2026-05-06",
          "2026-07-20",
          "2026-08-11",
          "2026-09-21",
          "2026-09-22",
          "2026-09-23",
          "2026-10-12",
          "2026-11-03",
          "2026-11-23",
          "2027-01-01",
          "2027-01-11",
          "2027-02-11",
          "2027-02-23",
          "2027-03-21",
          "2027-03-22",
          "2027-04-29",
          "2027-05-03",
          "2027-05-04",
          "2027-05-05",
          "2027-07-19",
          "2027-08-11",
          "2027-09-20",
          "2027-09-23",
          "2027-10-11",
          "2027-11-03",
          "2027-11-23");

  @Test
  void everyDayOf2025To2027IsAHolidayExactlyWhenTheCabinetOfficeListsIt() {
    List<String> computed = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() <= 2027; d = d.plusDays(1)) {
      if (JapaneseHolidays.isHoliday(d)) {
        computed.add(d.toString());
      }
    }
    assertThat(computed).containsExactlyElementsOf(PUBLISHED);
  }

  @Test
  void aSundayHolidayMovesToTheNextDayThatIsNoHoliday() {
    // 2028-05-03 (憲法記念日) is a Wednesday; 2029-02-11 and 2029-04-29 fall on a Sunday.
    assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2029, 2, 12))).isTrue();
    assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2029, 4, 30))).isTrue();
    // 2030-05-05 is a Sunday: 5/3 and 5/4 are holidays already, so 5/6 is the 振替休日.
    assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2030, 5, 6))).isTrue();
    assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2030, 5, 7))).isFalse();
  }

  @Test
  void equinoxDaysFollowTheAnnouncedDates() {
    // 春分・秋分 for 2028–2030 as the National Astronomical Observatory computes them.
    assertThat(JapaneseHolidays.isNamedHoliday(LocalDate.of(2028, 3, 20))).isTrue();
    assertThat(JapaneseHolidays.isNamedHoliday(LocalDate.of(2028, 9, 22))).isTrue();
    assertThat(JapaneseHolidays.isNamedHoliday(LocalDate.of(2029, 3, 20))).isTrue();
    assertThat(JapaneseHolidays.isNamedHoliday(LocalDate.of(2029, 9, 23))).isTrue();
    assertThat(JapaneseHolidays.isNamedHoliday(LocalDate.of(2030, 3, 20))).isTrue();
    assertThat(JapaneseHolidays.isNamedHoliday(LocalDate.of(2030, 9, 23))).isTrue();
  }

  @Test
  void ordinaryDaysAreNoHolidays() {
    assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 12, 2))).isFalse();
    assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 9, 24))).isFalse();
  }
}
