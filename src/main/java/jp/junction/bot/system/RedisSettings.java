package jp.junction.bot.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where state lives: {@code REDIS_URL} (e.g. {@code redis://127.0.0.1:6379}); empty means an
 * embedded in-process store that keeps nothing across restarts.
 *
 * @param url the Redis URL, or empty for the embedded store
 * @param commandTimeout how long one command may take before the caller gives up (kept short so
 *     that a slow or absent Redis never delays an answer by much)
 * @param coolDown after a timeout or connection failure, how long every Redis call fails at once
 *     before Redis is tried again
 */
@ConfigurationProperties("junction.redis")
public record RedisSettings(
    String url,
    @DefaultValue("700ms") Duration commandTimeout,
    @DefaultValue("5s") Duration coolDown) {

  public boolean embedded() {
    return url == null || url.isBlank();
  }
}
