package jp.junction.bot.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

class LineModeConditionsTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(LocalOnly.class);

  @Test
  void matchesWithoutLineCredentials() {
    runner.run(context -> assertThat(context).hasBean("localOnly"));
  }

  @Test
  void matchesWithEmptyCredentialsAsTheEnvironmentMapsThem() {
    runner
        .withPropertyValues("junction.line.channel-secret=", "junction.line.channel-token=")
        .run(context -> assertThat(context).hasBean("localOnly"));
  }

  @Test
  void doesNotMatchWithARealChannel() {
    runner
        .withPropertyValues(
            "junction.line.channel-secret=secret", "junction.line.channel-token=token")
        .run(context -> assertThat(context).doesNotHaveBean("localOnly"));
  }

  @Configuration(proxyBeanMethods = false)
  static class LocalOnly {
    @Bean
    @Conditional(LineModeConditions.Local.class)
    String localOnly() {
      return "local";
    }
  }
}
