package jp.junction.bot.simulator;

import java.time.Duration;

/** Settings for tests: small bounds so that they are easy to reach. */
final class SimulatorTestSupport {

  private SimulatorTestSupport() {}

  static SimulatorSettings settings() {
    return new SimulatorSettings(3, 10, 100, Duration.ofSeconds(5));
  }
}
