package jp.junction.bot.system;

import com.github.fppt.jedismock.RedisServer;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.connection.RedisConfiguration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Connects to Redis Sentinel or Cluster when {@code spring.data.redis.sentinel.*} or {@code
 * spring.data.redis.cluster.*} are set (see {@link RedisTopology}), otherwise to {@code REDIS_URL},
 * or starts the embedded in-process store when that is absent too. Commands time out quickly and
 * fail at once while disconnected, so features can degrade gracefully; Lettuce reconnects by
 * itself.
 */
@Configuration
class RedisConfig {

  private static final Logger log = LoggerFactory.getLogger(RedisConfig.class);

  @Bean(destroyMethod = "stop")
  EmbeddedRedis embeddedRedis(RedisSettings settings) {
    if (!settings.embedded()) {
      return EmbeddedRedis.none();
    }
    try {
      RedisServer server = RedisServer.newRedisServer(0, InetAddress.getLoopbackAddress()).start();
      log.warn("************************************************************************");
      log.warn(
          "REDIS_URL is not set: using an EMBEDDED in-process store on port {}.",
          server.getBindPort());
      log.warn("NOTHING IS PERSISTED: subscriptions and queued notices vanish on restart.");
      log.warn("Set REDIS_URL=redis://host:6379 for real use.");
      log.warn("************************************************************************");
      return new EmbeddedRedis(server);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded store (REDIS_URL unset)", e);
    }
  }

  /** What the templates use: Lettuce behind a breaker that fails fast while Redis is away. */
  @Bean
  @Primary
  RedisConnectionFactory redisConnectionFactory(
      LettuceConnectionFactory lettuce, RedisSettings settings) {
    return new RedisCircuitBreaker(lettuce, settings.coolDown(), System::nanoTime);
  }

  @Bean
  LettuceConnectionFactory lettuceConnectionFactory(
      RedisSettings settings, EmbeddedRedis embedded, RedisProperties spring) {
    LettuceClientConfiguration.LettuceClientConfigurationBuilder client = client(settings);
    if (RedisTopology.sentinel(spring)) {
      log.info("Redis through Sentinel, master '{}'", spring.getSentinel().getMaster());
      return factory(
          RedisTopology.sentinelConfiguration(spring), RedisTopology.ssl(client, spring));
    }
    if (RedisTopology.cluster(spring)) {
      log.info("Redis Cluster with {} seed nodes", spring.getCluster().getNodes().size());
      return factory(RedisTopology.clusterConfiguration(spring), RedisTopology.ssl(client, spring));
    }
    RedisStandaloneConfiguration target;
    boolean ssl = false;
    if (settings.embedded()) {
      target = new RedisStandaloneConfiguration(embedded.host(), embedded.port());
    } else {
      RedisURI uri = parse(settings.url());
      target = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
      target.setDatabase(uri.getDatabase());
      if (uri.getUsername() != null) {
        target.setUsername(uri.getUsername());
      }
      if (uri.getPassword() != null) {
        target.setPassword(RedisPassword.of(uri.getPassword()));
      }
      ssl = uri.isSsl();
    }
    if (ssl) {
      client.useSsl();
    }
    return factory(target, client);
  }

  private static LettuceClientConfiguration.LettuceClientConfigurationBuilder client(
      RedisSettings settings) {
    return LettuceClientConfiguration.builder()
        .commandTimeout(settings.commandTimeout())
        .clientOptions(
            ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(
                    SocketOptions.builder().connectTimeout(settings.commandTimeout()).build())
                .build());
  }

  private static LettuceConnectionFactory factory(
      RedisConfiguration target,
      LettuceClientConfiguration.LettuceClientConfigurationBuilder client) {
    LettuceConnectionFactory factory = new LettuceConnectionFactory(target, client.build());
    // Start without a connection: a Redis that is down at startup must not stop the bot.
    factory.setValidateConnection(false);
    factory.setEagerInitialization(false);
    return factory;
  }

  static RedisURI parse(String url) {
    try {
      RedisURI uri = RedisURI.create(url.trim());
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        throw new IllegalArgumentException("no host");
      }
      return uri;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "REDIS_URL is not a valid Redis URL (expected redis://host:port[/db]): " + e.getMessage(),
          e);
    }
  }

  /** The embedded store, when one runs. */
  record EmbeddedRedis(RedisServer server) {

    static EmbeddedRedis none() {
      return new EmbeddedRedis(null);
    }

    String host() {
      return server.getHost();
    }

    int port() {
      return server.getBindPort();
    }

    void stop() throws IOException {
      if (server != null) {
        server.stop();
      }
    }
  }
}
