package jp.junction.bot.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import jp.junction.bot.system.JapanTime;
import org.junit.jupiter.api.Test;

/** The configured days and spans: open or not, the next opening, and refused settings. */
class StaffHoursTests {

  private final StaffHours hours = new StaffHours(HandoffFixture.on("jb:{handoff}:"));
  private final HandoffWords words = new HandoffWords(HandoffFixture.CONTENT);

  private static ZonedDateTime at(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, JapanTime.ZONE);
  }

  @Test
  void openWithinASpanOnAConfiguredDayAndNotInTheLunchBreakOrAtTheEnd() {
    assertThat(hours.open(at(2, 10, 0))).isTrue();
    assertThat(hours.open(at(2, 11, 59))).isTrue();
    assertThat(hours.open(at(2, 12, 30))).isFalse();
    assertThat(hours.open(at(2, 17, 0))).isFalse();
    assertThat(hours.open(at(5, 14, 0))).as("Saturday").isFalse();
  }

  @Test
  void theNextOpeningIsAfterTheBreakTheSameDayTheNextMorningOrAfterTheWeekend() {
    assertThat(hours.nextOpening(at(2, 12, 30))).isEqualTo(at(2, 13, 0));
    assertThat(hours.nextOpening(at(2, 3, 0))).isEqualTo(at(2, 10, 0));
    assertThat(hours.nextOpening(at(2, 22, 0))).isEqualTo(at(3, 10, 0));
    assertThat(hours.nextOpening(at(4, 18, 0))).as("Friday evening").isEqualTo(at(7, 10, 0));
  }

  @Test
  void theHoursAndTheNextOpeningAreSaidInTheWordsOfTheDialogs() {
    assertThat(words.usual(hours)).isEqualTo("月曜〜金曜の10:00〜12:00、13:00〜17:00");
    assertThat(words.next(at(2, 12, 30), at(2, 13, 0))).isEqualTo("今日の13:00");
    assertThat(words.next(at(2, 22, 0), at(3, 10, 0))).isEqualTo("明日（木曜）の10:00");
    assertThat(words.next(at(4, 18, 0), at(7, 10, 0))).isEqualTo("12月7日（月曜）の10:00");
    assertThat(words.length(Duration.ofMinutes(60))).isEqualTo("60分");
    assertThat(words.length(Duration.ofHours(3))).isEqualTo("3時間");
  }

  @Test
  void scatteredDaysAreNamedOneByOneAndASpanMayRunToMidnight() {
    HandoffSettings s =
        new HandoffSettings(
            true,
            List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
            List.of("19:00-24:00"),
            Duration.ofMinutes(30),
            Duration.ZERO,
            "jb:{handoff}:");
    StaffHours evening = new StaffHours(s);

    assertThat(words.usual(evening)).isEqualTo("火曜・木曜・土曜の19:00〜24:00");
    assertThat(evening.open(at(5, 23, 59))).isTrue();
    assertThat(evening.nextOpening(at(5, 23, 59))).isEqualTo(at(8, 19, 0));
  }

  @Test
  void badHoursStopStartupNamingTheSettingAndTheEntry() {
    assertThatThrownBy(() -> settings(List.of("10:00-17:00", "5時から")))
        .hasMessageContaining("junction.handoff.hours[1]")
        .hasMessageContaining("5時から");
    assertThatThrownBy(() -> settings(List.of("17:00-10:00")))
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> settings(List.of("25:00-26:00"))).hasMessageContaining("25:00");
    assertThatThrownBy(
            () ->
                new HandoffSettings(
                    true,
                    List.of(),
                    List.of("10:00-17:00"),
                    Duration.ofMinutes(60),
                    Duration.ZERO,
                    "jb:{handoff}:"))
        .hasMessageContaining("junction.handoff.days");
    assertThatThrownBy(
            () ->
                new HandoffSettings(
                    false,
                    List.of(DayOfWeek.MONDAY),
                    List.of("10:00-17:00"),
                    Duration.ofMinutes(1),
                    Duration.ZERO,
                    "jb:{handoff}:"))
        .hasMessageContaining("junction.handoff.quiet-for");
  }

  private static HandoffSettings settings(List<String> spans) {
    return new HandoffSettings(
        true, List.of(DayOfWeek.MONDAY), spans, Duration.ofMinutes(60), Duration.ZERO, "jb:{h}:");
  }
}
