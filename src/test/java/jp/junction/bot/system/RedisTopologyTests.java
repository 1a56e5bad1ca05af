package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.data.redis.connection.RedisNode;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Sentinel and Cluster come from Spring Boot's {@code spring.data.redis.*} properties. */
class RedisTopologyTests {

  private final RedisConfig config = new RedisConfig();
  private final RedisSettings noUrl =
      new RedisSettings("", Duration.ofSeconds(2), Duration.ofSeconds(5));

  @Test
  void sentinelPropertiesWinOverRedisUrlAndNameTheMasterAndSentinels() {
    RedisProperties spring = new RedisProperties();
    spring.setSentinel(new RedisProperties.Sentinel());
    spring.getSentinel().setMaster("jb");
    spring.getSentinel().setNodes(List.of("10.0.0.1:26379", "10.0.0.2:26379"));
    spring.setPassword("data-secret");
    spring.setDatabase(2);
    RedisSettings url =
        new RedisSettings("redis://127.0.0.1:6379", Duration.ofSeconds(1), Duration.ofSeconds(5));

    LettuceConnectionFactory factory =
        config.lettuceConnectionFactory(url, RedisConfig.EmbeddedRedis.none(), spring);

    var sentinel = factory.getSentinelConfiguration();
    assertThat(sentinel).isNotNull();
    assertThat(sentinel.getMaster().getName()).isEqualTo("jb");
    assertThat(sentinel.getSentinels())
        .extracting(RedisNode::getHost)
        .containsExactlyInAnyOrder("10.0.0.1", "10.0.0.2");
    assertThat(sentinel.getDatabase()).isEqualTo(2);
    assertThat(sentinel.getPassword().get()).isEqualTo("data-secret".toCharArray());
  }

  @Test
  void clusterNodesMakeAClusterClient() {
    RedisProperties spring = new RedisProperties();
    spring.setCluster(new RedisProperties.Cluster());
    spring.getCluster().setNodes(List.of("10.0.0.1:7000", "10.0.0.2:7000", "10.0.0.3:7000"));
    spring.getCluster().setMaxRedirects(3);

    LettuceConnectionFactory factory =
        config.lettuceConnectionFactory(noUrl, RedisConfig.EmbeddedRedis.none(), spring);

    assertThat(factory.getClusterConfiguration()).isNotNull();
    assertThat(factory.getClusterConfiguration().getClusterNodes()).hasSize(3);
    assertThat(factory.getClusterConfiguration().getMaxRedirects()).isEqualTo(3);
  }

  @Test
  void aSentinelNodeThatIsNotHostAndPortStopsStartupNamingTheProperty() {
    RedisProperties spring = new RedisProperties();
    spring.setSentinel(new RedisProperties.Sentinel());
    spring.getSentinel().setMaster("jb");
    spring.getSentinel().setNodes(List.of("sentinel-without-port"));

    assertThatThrownBy(
            () -> config.lettuceConnectionFactory(noUrl, RedisConfig.EmbeddedRedis.none(), spring))
        .hasMessageContaining("spring.data.redis.sentinel.nodes");
  }

  /** A real sentinel (Debian's redis-server in sentinel mode) watching the test Redis. */
  @Test
  void throughARealSentinelTheBotReachesTheMasterItNames() throws Exception {
    Path server = Path.of("/usr/bin/redis-server");
    assumeThat(Files.isExecutable(server)).as("redis-server is not installed").isTrue();
    int port = freePort();
    Path dir = Files.createTempDirectory("sentinel");
    Path conf = dir.resolve("sentinel.conf");
    Files.writeString(
        conf,
        "port "
            + port
            + "\nbind 127.0.0.1\ndir "
            + dir
            + "\n"
            + "sentinel monitor jbtest 127.0.0.1 6379 1\n");
    Process sentinel =
        new ProcessBuilder(server.toString(), conf.toString(), "--sentinel")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sentinel.log").toFile())
            .start();
    RedisProperties spring = new RedisProperties();
    spring.setSentinel(new RedisProperties.Sentinel());
    spring.getSentinel().setMaster("jbtest");
    spring.getSentinel().setNodes(List.of("127.0.0.1:" + port));
    LettuceConnectionFactory factory =
        config.lettuceConnectionFactory(noUrl, RedisConfig.EmbeddedRedis.none(), spring);
    factory.afterPropertiesSet();
    factory.start();
    String key = "test:sentinel:" + UUID.randomUUID();
    StringRedisTemplate redis = new StringRedisTemplate(factory);
    try {
      waitUntilListening(port);
      redis.opsForValue().set(key, "via sentinel", Duration.ofMinutes(1));

      assertThat(redis.opsForValue().get(key)).isEqualTo("via sentinel");
    } finally {
      redis.delete(key);
      factory.destroy();
      sentinel.destroy();
      sentinel.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void waitUntilListening(int port) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the sentinel did not start on port " + port);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
