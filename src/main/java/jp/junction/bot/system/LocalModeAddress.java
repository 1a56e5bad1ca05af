package jp.junction.bot.system;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * In local mode (no LINE credentials) the chat page lets anyone who reaches the port talk as any
 * simulated person, so the bot listens on 127.0.0.1 only, unless {@code SERVER_ADDRESS} says
 * otherwise.
 */
class LocalModeAddress implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    boolean local = !StringUtils.hasText(environment.getProperty("junction.line.channel-secret"));
    if (local && !environment.containsProperty("server.address")) {
      environment
          .getPropertySources()
          .addLast(
              new MapPropertySource("junction-local-mode", Map.of("server.address", "127.0.0.1")));
    }
  }
}
