package jp.junction.bot.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.fppt.jedismock.RedisServer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.search.SearchResult.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The store works on the embedded in-process store of local mode (no REDIS_URL) too. */
class DirectoryEmbeddedStoreTests {

  RedisServer server;
  LettuceConnectionFactory factory;

  @BeforeEach
  void start() throws Exception {
    server = RedisServer.newRedisServer(0, InetAddress.getLoopbackAddress()).start();
    factory =
        new LettuceConnectionFactory(
            new RedisStandaloneConfiguration(server.getHost(), server.getBindPort()));
    factory.afterPropertiesSet();
    factory.start();
  }

  @AfterEach
  void stop() throws Exception {
    factory.destroy();
    server.stop();
  }

  @Test
  void seedsOnceKeepsAnEditAndLogsIt() throws Exception {
    Path data = Files.createTempDirectory("directory");
    Files.copy(Path.of("index-data/resources.csv"), data.resolve("resources.csv"));
    DirectorySettings settings =
        new DirectorySettings(
            true, "jb:{directory}:", Duration.ofSeconds(5), 5, Duration.ofDays(730), 12);
    StringRedisTemplate redis = new StringRedisTemplate(factory);
    redis.afterPropertiesSet();
    DirectoryStore store =
        new DirectoryStore(
            redis,
            settings,
            new DataSettings(data),
            DirectoryStoreTests.JSON,
            DirectoryStoreTests.CLOCK);

    assertThat(store.seedIfEmpty()).isTrue();
    Resource first = store.all().get(0).resource();
    store.save(DirectoryStoreTests.renamed(first, "埋め込みで直した名前"), "editor");

    assertThat(store.seedIfEmpty()).isFalse();
    assertThat(store.get(first.id())).map(e -> e.resource().name()).contains("埋め込みで直した名前");
    assertThat(store.history(first.id())).extracting(DirectoryChange::by).containsExactly("editor");
    assertThat(store.version()).isEqualTo(2);
    assertThat(store.all()).hasSize(DirectoryStoreTests.file(data.resolve("resources.csv")).size());
    assertThat(List.of(store.retire(first.id(), DirectoryEntry.Status.INACTIVE, "editor")))
        .noneMatch(DirectoryEntry::searchable);
  }
}
