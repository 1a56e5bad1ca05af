package jp.junction.testing;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Redis-backed test's own part of Redis: a key prefix of its own, on the real Redis at
 * 127.0.0.1:6379 in database {@value #DATABASE} (never 0), or on the Redis Cluster named by the
 * system property {@value #CLUSTER} (the cluster test run sets it). Register it as a static
 * {@code @RegisterExtension} field, hand it to {@code @DynamicPropertySource}, and after the class
 * it deletes the keys under its prefix, and those it was told of with {@link #wrote}, and nothing
 * else. When the cluster run finds no cluster, the class is skipped and says why.
 */
public final class TestRedis implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  /** The system property naming the cluster's seed nodes, {@code host:port,host:port}. */
  public static final String CLUSTER = "junction.test.redis-cluster";

  /** The tag of the tests the cluster run repeats on a Redis Cluster. */
  public static final String CLUSTER_TAG = "redis-cluster";

  /** The database of the single Redis that tests use: never 0, which a developer's data may use. */
  public static final int DATABASE = 11;

  private static final Logger LOG = LoggerFactory.getLogger(TestRedis.class);

  private final String prefix = "test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
  private final List<String> nodes = clusterNodes();
  private final Set<String> extraKeys = new HashSet<>();
  private LettuceConnectionFactory factory;
  private StringRedisTemplate template;
  private volatile boolean answered;

  /**
   * The single test Redis, database {@value #DATABASE}, for a test that makes a connection of its
   * own (without the extension's prefix and cleanup it must still delete what it writes).
   */
  public static RedisStandaloneConfiguration standalone() {
    RedisStandaloneConfiguration config = new RedisStandaloneConfiguration("127.0.0.1", 6379);
    config.setDatabase(DATABASE);
    return config;
  }

  /** Every key this test writes itself should start with this. */
  public String prefix() {
    return prefix;
  }

  /** Whether this run is on a Redis Cluster. */
  public boolean cluster() {
    return !nodes.isEmpty();
  }

  /** Where the bot under test connects, and the key prefixes of its features. */
  public void register(DynamicPropertyRegistry registry) {
    if (cluster()) {
      registry.add("spring.data.redis.cluster.nodes", () -> String.join(",", nodes));
      registry.add("junction.redis.url", () -> "redis://" + nodes.get(0));
      // The first command also reads the cluster's topology from the seeds; on a loaded CI
      // machine that can outlast the bot's 700 ms and open the circuit breaker for the test.
      registry.add("junction.redis.command-timeout", () -> "3s");
    } else {
      registry.add("junction.redis.url", () -> "redis://127.0.0.1:6379/" + DATABASE);
    }
    registry.add("junction.events.key-prefix", () -> prefix + "events:");
    registry.add("junction.notices.key-prefix", () -> prefix + "notices:");
    registry.add("junction.saved.key-prefix", () -> prefix + "saved:");
    registry.add("junction.saved.reminders.key-prefix", () -> prefix + "{remind}:");
    registry.add("junction.privacy.stats.key-prefix", () -> prefix + "{stats}:");
    registry.add("junction.directory.enabled", () -> "true");
    registry.add("junction.directory.key-prefix", () -> prefix + "{directory}:");
    registry.add("junction.staff-import.key-prefix", () -> prefix + "staff-import:");
  }

  /** The test's own connection to the same Redis (or cluster) as the bot. */
  public synchronized StringRedisTemplate template() {
    if (template == null) {
      factory =
          cluster()
              ? new LettuceConnectionFactory(new RedisClusterConfiguration(nodes))
              : new LettuceConnectionFactory(standalone());
      factory.afterPropertiesSet();
      factory.start();
      template = new StringRedisTemplate(factory);
    }
    return template;
  }

  /** Keys outside the prefix that the test made the bot write, to delete after the class. */
  public void wrote(String... keys) {
    synchronized (extraKeys) {
      extraKeys.addAll(Arrays.asList(keys));
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String target = cluster() ? nodes.get(0) : "127.0.0.1:6379";
    answered = answers(target);
    String why =
        cluster()
            ? "No Redis Cluster answers on "
                + target
                + ": "
                + context.getDisplayName()
                + " skipped (start one as .ci/run does, on ports 7000-7002)"
            : "No Redis answers on 127.0.0.1:6379";
    if (!answered) {
      // Surefire does not print why a whole class was skipped: say it in the build log.
      LOG.warn(why);
    }
    Assumptions.assumeTrue(answered, why);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (answered) {
      deleteOwnKeys();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!answered) {
      // Skipped: nothing was written, and there is nothing to connect to.
      return;
    }
    deleteOwnKeys();
    if (factory != null) {
      factory.destroy();
    }
  }

  /** Deletes the keys under the prefix and those named by {@link #wrote}. */
  public void deleteOwnKeys() {
    StringRedisTemplate redis = template();
    Set<String> keys;
    synchronized (extraKeys) {
      keys = new HashSet<>(extraKeys);
      extraKeys.clear();
    }
    keys.addAll(keysUnderPrefix(redis));
    // One key at a time: the keys of one test may lie in several cluster slots.
    keys.forEach(redis::delete);
  }

  private Set<String> keysUnderPrefix(StringRedisTemplate redis) {
    ScanOptions match = ScanOptions.scanOptions().match(prefix + "*").count(1000).build();
    return redis.execute(
        (RedisCallback<Set<String>>)
            connection -> {
              Set<String> found = new HashSet<>();
              List<Cursor<byte[]>> cursors = new ArrayList<>();
              if (connection instanceof RedisClusterConnection c) {
                for (RedisClusterNode node : c.clusterGetNodes()) {
                  if (node.isMaster()) {
                    cursors.add(c.scan(node, match));
                  }
                }
              } else {
                cursors.add(connection.keyCommands().scan(match));
              }
              for (Cursor<byte[]> cursor : cursors) {
                try (cursor) {
                  cursor.forEachRemaining(
                      k -> found.add(new String(k, java.nio.charset.StandardCharsets.UTF_8)));
                }
              }
              return found;
            });
  }

  private static boolean answers(String hostPort) {
    RedisClient client = RedisClient.create("redis://" + hostPort);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      return "PONG".equals(c.sync().ping());
    } catch (RuntimeException e) {
      return false;
    } finally {
      client.shutdown();
    }
  }

  private static List<String> clusterNodes() {
    String value = System.getProperty(CLUSTER, "");
    return value.isBlank() ? List.of() : List.of(value.strip().split("\\s*,\\s*"));
  }
}
