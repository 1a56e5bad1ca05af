package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LocalModeAddressTests {

  @Test
  void localModeListensOnLoopbackOnly() {
    MockEnvironment env = new MockEnvironment();
    new LocalModeAddress().postProcessEnvironment(env, new SpringApplication());
    assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
  }

  @Test
  void aRealChannelOrAnExplicitAddressIsLeftAlone() {
    MockEnvironment channel =
        new MockEnvironment().withProperty("junction.line.channel-secret", "s");
    new LocalModeAddress().postProcessEnvironment(channel, new SpringApplication());
    assertThat(channel.getProperty("server.address")).isNull();

    MockEnvironment explicit = new MockEnvironment().withProperty("server.address", "0.0.0.0");
    new LocalModeAddress().postProcessEnvironment(explicit, new SpringApplication());
    assertThat(explicit.getProperty("server.address")).isEqualTo("0.0.0.0");
  }
}
