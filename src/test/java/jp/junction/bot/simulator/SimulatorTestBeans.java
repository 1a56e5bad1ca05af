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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * What the simulator needs from the rest of the bot in tests: its settings, a local-mode channel
 * secret, and the real web security rules and body reading (package-private in {@code system/},
 * hence the scan). Staff accounts live in {@code accounts/} (in Redis, which this slice leaves
 * out): here nobody can log in as staff, so the rules still guard {@code /admin}.
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

  @Bean
  UserDetailsService noStaffAccounts() {
    return name -> {
      throw new UsernameNotFoundException("no staff accounts in the simulator slice");
    };
  }
}
