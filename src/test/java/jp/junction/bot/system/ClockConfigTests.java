package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ClockConfigTests {

  private final ClockConfig config = new ClockConfig();

  @Test
  void withoutAStartTheClockIsTheSystemOne() {
    Clock clock = config.clock("", "secret");
    assertThat(Duration.between(clock.instant(), Clock.systemUTC().instant()).abs())
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void inLocalModeTheClockStartsAtTheGivenJapanTime() {
    Clock clock = config.clock("2026-12-02T03:00", "");
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), JapanTime.ZONE);
    assertThat(Duration.between(LocalDateTime.parse("2026-12-02T03:00"), now).abs())
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aMovedClockIsRefusedWithALineChannel() {
    assertThatThrownBy(() -> config.clock("2026-12-02T03:00", "secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("junction.clock.starts-at");
  }
}
