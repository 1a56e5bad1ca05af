package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A Redis that accepts connections but never answers: one timeout, then fail fast, then retry. */
class RedisCircuitBreakerTests {

  private final AtomicLong clock = new AtomicLong();
  private final List<Socket> accepted = new ArrayList<>();
  private ServerSocket hangingRedis;
  private LettuceConnectionFactory lettuce;

  @BeforeEach
  void start() throws IOException {
    hangingRedis = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (!hangingRedis.isClosed()) {
                  accepted.add(hangingRedis.accept());
                }
              } catch (IOException closed) {
                // the test is over
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
    RedisSettings settings =
        new RedisSettings(
            "redis://127.0.0.1:" + hangingRedis.getLocalPort(),
            Duration.ofMillis(300),
            Duration.ofSeconds(5));
    lettuce =
        new RedisConfig()
            .lettuceConnectionFactory(
                settings, RedisConfig.EmbeddedRedis.none(), new RedisProperties());
    lettuce.afterPropertiesSet();
  }

  @AfterEach
  void stop() throws IOException {
    lettuce.destroy();
    hangingRedis.close();
    for (Socket socket : accepted) {
      socket.close();
    }
  }

  @Test
  void afterOneFailureCallsFailAtOnceUntilTheCoolDownEnds() {
    RedisCircuitBreaker breaker =
        new RedisCircuitBreaker(lettuce, Duration.ofSeconds(5), clock::get);
    StringRedisTemplate redis = new StringRedisTemplate(breaker);
    redis.afterPropertiesSet();

    assertThatThrownBy(() -> redis.opsForValue().get("k")).isInstanceOf(DataAccessException.class);
    assertThat(breaker.open()).isTrue();
    assertThatThrownBy(() -> redis.opsForValue().get("k"))
        .isInstanceOf(RedisConnectionFailureException.class)
        .hasMessageContaining("failing fast");

    clock.addAndGet(Duration.ofSeconds(6).toNanos());

    assertThat(breaker.open()).isFalse();
    assertThatThrownBy(() -> redis.opsForValue().get("k"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageNotContaining("failing fast");
  }

  @Test
  void aCallerInterruptedWhileConnectingDoesNotCutOffEveryoneElse() {
    onRealRedis(
        (breaker, redis) -> {
          String key = "test:breaker:interrupted:" + System.nanoTime();
          Thread.currentThread().interrupt();
          try {
            redis.opsForValue().get(key);
          } catch (DataAccessException stopped) {
            // a worker being stopped: its own call may fail
          } finally {
            Thread.interrupted();
          }

          assertThat(breaker.open()).isFalse();
          redis.opsForValue().set(key, "v", Duration.ofSeconds(30));
          assertThat(redis.opsForValue().get(key)).isEqualTo("v");
          redis.delete(key);
        });
  }

  @Test
  void aHealthyRedisIsNeverCutOff() {
    onRealRedis(
        (breaker, redis) -> {
          String key = "test:breaker:" + System.nanoTime();
          redis.opsForValue().set(key, "v", Duration.ofSeconds(30));

          assertThat(redis.opsForValue().get(key)).isEqualTo("v");
          assertThat(breaker.open()).isFalse();
          redis.delete(key);
        });
  }

  /**
   * A breaker over the real test Redis (a fresh connection factory, so its first connect counts).
   */
  private void onRealRedis(
      java.util.function.BiConsumer<RedisCircuitBreaker, StringRedisTemplate> test) {
    LettuceConnectionFactory real = new LettuceConnectionFactory(TestRedis.standalone());
    real.afterPropertiesSet();
    try {
      RedisCircuitBreaker breaker =
          new RedisCircuitBreaker(real, Duration.ofSeconds(5), clock::get);
      StringRedisTemplate redis = new StringRedisTemplate(breaker);
      redis.afterPropertiesSet();
      test.accept(breaker, redis);
    } finally {
      real.destroy();
    }
  }
}
