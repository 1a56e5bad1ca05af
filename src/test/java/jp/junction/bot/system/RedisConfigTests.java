package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class RedisConfigTests {

  private final RedisConfig config = new RedisConfig();

  @Test
  void aBadRedisUrlStopsStartupNamingTheVariable() {
    assertThatThrownBy(() -> RedisConfig.parse("localhost:6379")).hasMessageContaining("REDIS_URL");
    assertThatThrownBy(() -> RedisConfig.parse("redis://")).hasMessageContaining("REDIS_URL");
  }

  @Test
  void withoutARedisUrlTheEmbeddedStoreServesStringsHashesAndExpiry() throws Exception {
    RedisSettings settings = new RedisSettings("", Duration.ofSeconds(1), Duration.ofSeconds(5));
    RedisConfig.EmbeddedRedis embedded = config.embeddedRedis(settings);
    LettuceConnectionFactory factory =
        config.lettuceConnectionFactory(settings, embedded, new RedisProperties());
    factory.afterPropertiesSet();
    try {
      StringRedisTemplate redis = new StringRedisTemplate(factory);
      redis.afterPropertiesSet();
      redis.opsForValue().set("k", "v", Duration.ofMinutes(1));
      redis.opsForHash().put("h", "f", "1");

      assertThat(redis.opsForValue().get("k")).isEqualTo("v");
      assertThat(redis.opsForHash().get("h", "f")).isEqualTo("1");
      assertThat(redis.getExpire("k")).isPositive();
    } finally {
      factory.destroy();
      embedded.stop();
    }
  }

  @Test
  void aRedisUrlConnectsToThatServer() {
    RedisSettings settings =
        new RedisSettings(
            "redis://127.0.0.1:6379/" + TestRedis.DATABASE,
            Duration.ofSeconds(1),
            Duration.ofSeconds(5));
    LettuceConnectionFactory factory =
        config.lettuceConnectionFactory(
            settings, config.embeddedRedis(settings), new RedisProperties());
    factory.afterPropertiesSet();
    try {
      assertThat(factory.getConnection().ping()).isEqualTo("PONG");
    } finally {
      factory.destroy();
    }
  }
}
