package jp.junction.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import jp.junction.testing.TestRedis;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What feature tests share: the real dialogs, a data folder with the given events, a unique Redis
 * key prefix per test class on the shared real Redis, and cleanup of only those keys.
 */
public final class FeatureTestSupport {

  private static final String RESOURCES =
      """
      id,name,category,audience,coverage,prefecture,municipality
      r1,たかまつの居場所,ibasho,self,local,香川県,高松市
      """;

  private FeatureTestSupport() {}

  /** A data folder holding the given events.csv text. */
  public static Path dataDir(String eventsCsv) {
    try {
      Path dir = Files.createTempDirectory("data");
      Files.writeString(dir.resolve("events.csv"), eventsCsv);
      Files.writeString(dir.resolve("resources.csv"), RESOURCES);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("test data folder", e);
    }
  }

  public static String uniquePrefix() {
    return "test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
  }

  /** Properties every feature test sets: real Redis, unique key prefixes, the data folder. */
  public static void register(DynamicPropertyRegistry registry, String prefix, Path dataDir) {
    registry.add("junction.redis.url", () -> "redis://127.0.0.1:6379/" + TestRedis.DATABASE);
    registry.add("junction.privacy.pseudonym-key", () -> "test-pseudonym-key");
    registry.add("junction.events.key-prefix", () -> prefix + "events:");
    registry.add("junction.notices.key-prefix", () -> prefix + "notices:");
    registry.add("junction.accounts.key-prefix", () -> prefix + "staff:");
    registry.add("junction.directory.enabled", () -> "true");
    registry.add("junction.directory.key-prefix", () -> prefix + "{directory}:");
    registry.add("junction.staff-import.key-prefix", () -> prefix + "staff-import:");
    registry.add("junction.data-dir", dataDir::toString);
  }

  /** Properties every feature test sets, with Redis and the key prefixes from {@code redis}. */
  public static void register(
      DynamicPropertyRegistry registry, jp.junction.testing.TestRedis redis, Path dataDir) {
    registry.add("junction.privacy.pseudonym-key", () -> "test-pseudonym-key");
    registry.add("junction.data-dir", dataDir::toString);
    redis.register(registry);
  }

  /** A LINE channel whose API is the given stub (WireMock or a loopback server). */
  public static void registerLine(
      DynamicPropertyRegistry registry, java.util.function.Supplier<Object> apiBaseUrl) {
    registry.add("junction.line.channel-secret", () -> "test-secret");
    registry.add("junction.line.channel-token", () -> "test-token");
    registry.add("junction.line.api-base-url", apiBaseUrl);
  }

  /** Deletes this test's keys (and nothing else). */
  public static void deleteKeys(StringRedisTemplate redis, String prefix) {
    Set<String> keys = new HashSet<>();
    try (Cursor<String> cursor =
        redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
      cursor.forEachRemaining(keys::add);
    }
    if (!keys.isEmpty()) {
      redis.delete(keys);
    }
  }
}
