package jp.junction.bot.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import jp.junction.bot.system.JapanTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursTests {

  /** 2026-12-01 is a Tuesday. */
  static ZonedDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(JapanTime.ZONE);
  }

  static boolean open(String hours, String when) {
    OpeningHours h = OpeningHours.parse(hours);
    assertThat(h.isReadable()).as(hours).isTrue();
    return h.isOpenAt(at(when));
  }

  static String next(String hours, String from) {
    return OpeningHours.parse(hours)
        .nextOpening(at(from))
        .map(t -> t.toLocalDateTime().toString())
        .orElse("none");
  }

  @Test
  void weekdayRangesAreOpenInsideAndClosedOutside() {
    assertThat(open("月〜金 8:30-17:15", "2026-12-01T08:30")).isTrue();
    assertThat(open("月〜金 8:30-17:15", "2026-12-01T17:14")).isTrue();
    assertThat(open("月〜金 8:30-17:15", "2026-12-01T17:15")).isFalse();
    assertThat(open("月〜金 8:30-17:15", "2026-12-05T10:00")).isFalse();
    assertThat(next("月〜金 8:30-17:15", "2026-12-04T18:00")).isEqualTo("2026-12-07T08:30");
  }

  @Test
  void listedWeekdaysAreTheOnlyOpenDays() {
    assertThat(open("毎週火・金 13:00-17:00", "2026-12-01T14:00")).isTrue();
    assertThat(open("毎週火・金 13:00-17:00", "2026-12-02T14:00")).isFalse();
    assertThat(next("毎週火・金 13:00-17:00", "2026-12-01T18:00")).isEqualTo("2026-12-04T13:00");
    assertThat(open("毎週火〜土 12:00-18:00", "2026-12-05T12:00")).isTrue();
    assertThat(open("毎週火〜土 12:00-18:00", "2026-12-06T12:00")).isFalse();
    assertThat(open("水〜日 10:00-18:00", "2026-12-06T12:00")).isTrue();
    assertThat(open("土日祝 10:00-17:00", "2026-11-23T12:00")).isTrue();
    assertThat(open("土日祝 10:00-17:00", "2026-11-24T12:00")).isFalse();
  }

  @Test
  void nthWeekdayOfTheMonthIsThatDayOnly() {
    // December 2026: Saturdays 5, 12, 19, 26; Sundays 6, 13, 20, 27.
    assertThat(next("毎月第2土 13:30-16:00", "2026-12-01T03:00")).isEqualTo("2026-12-12T13:30");
    assertThat(next("毎月第2土 13:30-16:00", "2026-12-12T16:00")).isEqualTo("2027-01-09T13:30");
    assertThat(next("毎月第1・第3日 14:00-16:00", "2026-12-07T00:00")).isEqualTo("2026-12-20T14:00");
    assertThat(next("第1・第3金 18:30-20:30", "2026-12-01T00:00")).isEqualTo("2026-12-04T18:30");
    assertThat(next("毎月最終金 20:00-21:30", "2026-12-01T00:00")).isEqualTo("2026-12-25T20:00");
    assertThat(next("偶数月第4土 13:00-16:00", "2026-12-27T00:00")).isEqualTo("2027-02-27T13:00");
    assertThat(next("奇数月第3土 13:00-16:00", "2026-12-01T00:00")).isEqualTo("2027-01-16T13:00");
    assertThat(next("1月〜3月の木曜 19:00-20:30", "2026-12-01T00:00")).isEqualTo("2027-01-07T19:00");
    assertThat(next("毎月10日 8:00-翌8:00", "2026-12-01T00:00")).isEqualTo("2026-12-10T08:00");
  }

  @Test
  void overnightRangesStayOpenPastMidnight() {
    assertThat(open("毎日 19:00-翌2:00", "2026-12-02T01:59")).isTrue();
    assertThat(open("毎日 19:00-翌2:00", "2026-12-02T03:00")).isFalse();
    assertThat(next("毎日 19:00-翌2:00", "2026-12-02T03:00")).isEqualTo("2026-12-02T19:00");
    assertThat(open("毎日 22:00-6:00", "2026-12-02T05:00")).isTrue();
    assertThat(open("19:00–翌2:00", "2026-12-01T23:00")).isTrue();
    assertThat(open("毎週金・土 21:00-24:00", "2026-12-05T23:59")).isTrue();
    assertThat(open("毎週金・土 21:00-24:00", "2026-12-06T00:00")).isFalse();
    // Sunday's range from the Saturday schedule runs into Sunday morning only with 翌.
    assertThat(open("土 22:00-翌3:00", "2026-12-06T02:00")).isTrue();
    assertThat(open("土 22:00-翌3:00", "2026-12-07T02:00")).isFalse();
  }

  @Test
  void twentyFourHoursIsAlwaysOpen() {
    OpeningHours always = OpeningHours.parse("24時間 年中無休");
    assertThat(always.isAlwaysOpen()).isTrue();
    assertThat(always.isOpenAt(at("2026-12-02T03:00"))).isTrue();
    assertThat(OpeningHours.parse("24時間").isAlwaysOpen()).isTrue();
    assertThat(OpeningHours.parse("毎日 10:00-22:00").isAlwaysOpen()).isFalse();
    assertThat(OpeningHours.parse("24時間 土日祝休み").isAlwaysOpen()).isFalse();
  }

  @Test
  void someDaysAroundTheClockAndOthersPartOfTheDay() {
    String hours = "月・木・金 24時間 火・水・土・日 6:00-翌0:00";
    assertThat(open(hours, "2026-12-03T03:00")).isTrue(); // Thursday
    assertThat(open(hours, "2026-12-02T03:00")).isFalse(); // Wednesday
    assertThat(next(hours, "2026-12-02T03:00")).isEqualTo("2026-12-02T06:00");
    assertThat(OpeningHours.parse(hours).isAlwaysOpen()).isFalse();
  }

  @Test
  void holidaysAndDaysOffCloseWhateverTheDaysSay() {
    // 2026-11-23 (Monday) is 勤労感謝の日.
    assertThat(open("月〜金 9:00-17:00 祝日休み", "2026-11-23T10:00")).isFalse();
    assertThat(open("月〜金 9:00-17:00（祝日を除く）", "2026-11-23T10:00")).isFalse();
    assertThat(open("月〜金 9:00-17:00", "2026-11-23T10:00")).isTrue();
    assertThat(open("平日 9:00-17:00", "2026-11-23T10:00")).isFalse();
    assertThat(open("24時間 土日祝休み", "2026-11-23T10:00")).isFalse();
    assertThat(open("24時間 土日祝休み", "2026-11-24T03:00")).isTrue();
    assertThat(open("毎日 10:00-18:00 定休日 水曜", "2026-12-02T12:00")).isFalse();
    assertThat(open("毎日 10:00-18:00 年末年始休み", "2027-01-02T12:00")).isFalse();
    assertThat(next("月〜金 9:00-17:00 祝日休み", "2026-11-20T18:00")).isEqualTo("2026-11-24T09:00");
  }

  @Test
  void severalGroupsAndSplitDaysAreAllRead() {
    String hours = "月〜金 10:00-19:00 土 10:00-17:00";
    assertThat(open(hours, "2026-12-05T18:00")).isFalse();
    assertThat(open(hours, "2026-12-04T18:00")).isTrue();
    String split = "月〜土 9:00-12:30 14:30-18:00";
    assertThat(open(split, "2026-12-01T13:00")).isFalse();
    assertThat(next(split, "2026-12-01T13:00")).isEqualTo("2026-12-01T14:30");
    assertThat(open("月〜金 ８:３０-１７:１５", "2026-12-01T08:45")).isTrue();
    assertThat(open("火・木 13時〜17時半", "2026-12-01T17:15")).isTrue();
    assertThat(open("月〜金 9:00-17:00（相談日は要予約）", "2026-12-01T10:00")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "不定期",
        "随時",
        "随時（返信は3日以内）",
        "年4回",
        "年2回（6月・11月）",
        "年2回（5月・10月）木 13:30-15:30",
        "3か月に1回 日 14:00-16:00",
        "年2クール 水 14:00-16:00",
        "年中無休",
        "月〜金",
        "月〜金 9:00-17:00（第3水曜は休み）",
        "25:00-26:00",
        "お問い合わせください",
        ""
      })
  void textThatCannotBeReadIsKeptAsWrittenAndNeverOpen(String hours) {
    OpeningHours h = OpeningHours.parse(hours);
    assertThat(h.isReadable()).isFalse();
    assertThat(h.text()).isEqualTo(hours.strip());
    assertThat(h.isOpenAt(at("2026-12-01T12:00"))).isFalse();
    assertThat(h.nextOpening(at("2026-12-01T12:00"))).isEmpty();
  }

  @Test
  void aMomentInAnotherZoneIsReadInJapanTime() {
    ZonedDateTime utc = at("2026-12-01T10:00").withZoneSameInstant(java.time.ZoneOffset.UTC);
    assertThat(OpeningHours.parse("月〜金 9:00-17:00").isOpenAt(utc)).isTrue();
  }
}
