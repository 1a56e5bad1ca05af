package jp.junction.bot.simulator;

import jp.junction.bot.line.ChannelSecret;
import jp.junction.bot.line.LineSettings;
import jp.junction.bot.system.BodySettings;
import jp.junction.bot.system.StaffLoginSettings;
import jp.junction.bot.system.StaffSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What the simulator needs from the rest of the bot in tests: its settings, a local-mode channel
 * secret, and the real web security rules and body reading (package-private in {@code system/},
 * hence the scan).
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  SimulatorSettings.class,
  LineSettings.class,
  StaffSettings.class,
  StaffLoginSettings.class,
  BodySettings.class
})
@ComponentScan(
    basePackages = {"jp.junction.bot.system", "jp.junction.bot.line"},
    useDefaultFilters = false,
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = {
              ".*WebSecurityConfig",
              ".*StaffLoginConfig",
              ".*SlowBodyConfig",
              ".*SessionLimits",
              ".*ClockConfig",
              ".*ChannelToken.*"
            }))
class SimulatorTestBeans {

  @Bean
  ChannelSecret channelSecret(LineSettings settings) {
    return ChannelSecret.from(settings);
  }
}
