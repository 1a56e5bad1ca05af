package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

  final QuietHours quiet = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

  @Test
  void aLateEveningSendWaitsForEightTheNextMorningJapanTime() {
    assertThat(quiet.allowed(jst("2026-12-05T23:10"))).isEqualTo(jst("2026-12-06T08:00"));
    assertThat(quiet.allowed(jst("2026-12-05T22:00"))).isEqualTo(jst("2026-12-06T08:00"));
  }

  @Test
  void anEarlyMorningSendWaitsForEightTheSameMorning() {
    assertThat(quiet.allowed(jst("2026-12-06T05:30"))).isEqualTo(jst("2026-12-06T08:00"));
  }

  @Test
  void daytimeSendsGoAtOnce() {
    assertThat(quiet.allowed(jst("2026-12-06T08:00"))).isEqualTo(jst("2026-12-06T08:00"));
    assertThat(quiet.allowed(jst("2026-12-06T21:59"))).isEqualTo(jst("2026-12-06T21:59"));
  }

  private static Instant jst(String local) {
    return OffsetDateTime.parse(local + "+09:00").toInstant();
  }
}
