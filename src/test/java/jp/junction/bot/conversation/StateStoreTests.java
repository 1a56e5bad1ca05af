package jp.junction.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.fppt.jedismock.RedisServer;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import jp.junction.bot.RedisCommandLog;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The state store on the real Redis and on the embedded store of local mode: what a message changed
 * is written in one round trip with the TTL, nothing when nothing changed, and the hash is read
 * only when a value is asked for.
 */
class StateStoreTests {

  static final Duration TTL = Duration.ofMinutes(30);
  static final Duration SHORT = Duration.ofSeconds(60);
  static RedisServer embedded;

  enum Store {
    REAL,
    EMBEDDED
  }

  final String pseudonym = "test-state-" + UUID.randomUUID();
  final String key = StateStore.PREFIX + pseudonym;
  LettuceConnectionFactory factory;
  StringRedisTemplate redis;
  RedisCommandLog commands;
  StateStore store;

  @BeforeAll
  static void startEmbedded() throws IOException {
    embedded = RedisServer.newRedisServer(0, InetAddress.getLoopbackAddress()).start();
  }

  @AfterAll
  static void stopEmbedded() throws IOException {
    embedded.stop();
  }

  void connect(Store kind) {
    factory =
        kind == Store.REAL
            ? new LettuceConnectionFactory(TestRedis.standalone())
            : new LettuceConnectionFactory(embedded.getHost(), embedded.getBindPort());
    factory.afterPropertiesSet();
    commands = RedisCommandLog.of(factory);
    redis = new StringRedisTemplate(factory);
    redis.afterPropertiesSet();
    store =
        new StateStore(
            redis, new ConversationSettings(Path.of("dialogs"), TTL, "search", "search.location"));
    // The first use of a script on a store that has not seen it costs an extra EVAL.
    StateStore.Session warmUp = store.open(pseudonym);
    warmUp.put("warm", "1");
    store.save(warmUp);
    redis.delete(key);
  }

  @AfterEach
  void disconnect() {
    redis.delete(key);
    factory.destroy();
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void whatAMessageChangedIsSavedInOneRoundTripWithTheTtl(Store kind) {
    connect(kind);
    stored(Map.of("expect", "a=old", "kept", "1", "gone", "1"));

    StateStore.Session session = store.open(pseudonym);
    assertThat(session.get("expect")).contains("a=old");
    session.put("expect", "a=new");
    session.remove("gone");
    commands.clear();
    store.save(session);

    assertThat(commands.from("")).containsExactly("EVALSHA");
    assertThat(fields()).isEqualTo(Map.of("expect", "a=new", "kept", "1"));
    assertThat(secondsLeft()).isGreaterThan(SHORT.toSeconds());
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void aMessageThatChangedNothingWritesNothing(Store kind) {
    connect(kind);
    stored(Map.of("expect", "a=x"));

    StateStore.Session session = store.open(pseudonym);
    assertThat(session.get("expect")).contains("a=x");
    session.remove("absent");
    commands.clear();
    store.save(session);

    assertThat(commands.from("")).isEmpty();
    assertThat(secondsLeft()).isLessThanOrEqualTo(SHORT.toSeconds());
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void aTapThatOnlyWritesNeverReadsTheState(Store kind) {
    connect(kind);
    stored(Map.of("expect", "a=x", "kept", "1"));

    StateStore.Session session = store.open(pseudonym);
    session.remove("expect");
    session.put("last", "高松");
    store.save(session);

    assertThat(commands.from("")).doesNotContain("HGETALL");
    assertThat(fields()).isEqualTo(Map.of("kept", "1", "last", "高松"));
    assertThat(secondsLeft()).isGreaterThan(SHORT.toSeconds());
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void removingAnUnreadFieldThatIsNotThereKeepsTheRestAndCountsAsActivity(Store kind) {
    connect(kind);
    stored(Map.of("kept", "1"));

    StateStore.Session session = store.open(pseudonym);
    session.remove("expect");
    store.save(session);

    assertThat(fields()).isEqualTo(Map.of("kept", "1"));
    assertThat(secondsLeft()).isGreaterThan(SHORT.toSeconds());
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void readsAfterUnreadChangesSeeThoseChanges(Store kind) {
    connect(kind);
    stored(Map.of("a", "1", "b", "2"));

    StateStore.Session session = store.open(pseudonym);
    session.remove("a");
    session.put("c", "3");

    assertThat(session.get("a")).isEmpty();
    assertThat(session.get("b")).contains("2");
    assertThat(session.get("c")).contains("3");
    assertThat(commands.from("")).containsExactly("HGETALL");
    store.save(session);
    assertThat(fields()).isEqualTo(Map.of("b", "2", "c", "3"));
  }

  private Map<String, String> fields() {
    return redis.<String, String>opsForHash().entries(key);
  }

  private long secondsLeft() {
    return redis.getExpire(key);
  }

  private void stored(Map<String, String> fields) {
    redis.opsForHash().putAll(key, fields);
    redis.expire(key, SHORT);
    commands.clear();
  }
}
