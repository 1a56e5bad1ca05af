package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import jp.junction.bot.BotProcess;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.privacy.PrivacySettings;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.testing.LineStandIn;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A broadcast shared by two instances of the bot, each its own process, on the real Redis with
 * WireMock as LINE; one instance is killed (SIGKILL) while it has batches in flight. Batches of 50
 * so there are many; LINE answers after a second; a short lease so the dead instance's batch comes
 * back quickly.
 */
class NoticesOnTwoInstancesTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final String PASSWORD = "two-instances-staff-password";
  static final int SUBSCRIBERS = 1234;
  static final int BATCH = 50;

  /** LINE as each instance sees it: two stubs, so the test knows who sent what. */
  static final LineStandIn lineOfA = new LineStandIn();

  static final LineStandIn lineOfB = new LineStandIn();
  static final HttpClient http = HttpClient.newHttpClient();
  static LettuceConnectionFactory connections;
  static StringRedisTemplate redis;
  static BotProcess a;
  static BotProcess b;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    connections = new LettuceConnectionFactory(TestRedis.standalone());
    connections.afterPropertiesSet();
    connections.start();
    redis = new StringRedisTemplate(connections);
    String data = FeatureTestSupport.dataDir(EventsFixture.CSV).toString();
    String[] args = {
      "--junction.notices.key-prefix=" + PREFIX + "notices:",
      "--junction.events.key-prefix=" + PREFIX + "events:",
      "--junction.notices.workers=2",
      "--junction.notices.poll=20ms",
      "--junction.notices.lease=2s",
      "--junction.notices.backoff=50ms",
      "--junction.notices.batch-size=" + BATCH,
      // Quiet hours hold every notice: put them hours away from this run, whenever it is.
      "--junction.notices.quiet-start=" + awayFromNow(6),
      "--junction.notices.quiet-end=" + awayFromNow(7)
    };
    a = BotProcess.start("notices-a", environment(lineOfA, data), args);
    b = BotProcess.start("notices-b", environment(lineOfB, data), args);
    a.awaitReady(Duration.ofSeconds(150));
    b.awaitReady(Duration.ofSeconds(150));
  }

  /** The Japan time of day {@code hours} from now, to the minute. */
  static LocalTime awayFromNow(int hours) {
    return jp.junction.bot.system.JapanTime.of(java.time.Instant.now().plusSeconds(hours * 3600L))
        .toLocalTime()
        .withSecond(0)
        .withNano(0);
  }

  static Map<String, String> environment(LineStandIn line, String data) {
    return Map.of(
        "LINE_CHANNEL_SECRET",
        "test-secret",
        "LINE_CHANNEL_TOKEN",
        "test-token",
        "LINE_API_BASE_URL",
        line.baseUrl(),
        "REDIS_URL",
        "redis://127.0.0.1:6379/" + TestRedis.DATABASE,
        "JUNCTION_PSEUDONYM_KEY",
        "test-pseudonym-key",
        "JUNCTION_ADMIN_PASSWORD",
        PASSWORD,
        "JUNCTION_DATA_DIR",
        data);
  }

  @AfterAll
  static void stop() throws Exception {
    try (BotProcess first = a;
        BotProcess second = b) {
      lineOfA.stop();
      lineOfB.stop();
    } finally {
      FeatureTestSupport.deleteKeys(redis, PREFIX);
      connections.destroy();
    }
  }

  @Test
  void anInstanceKilledMidBroadcastLeavesNoBatchUndeliveredAndNobodyGetsItTwice() throws Exception {
    lineOfA.acceptSlowly(1000);
    lineOfB.acceptSlowly(1000);
    List<String> users = subscribe(SUBSCRIBERS);
    String id = schedule(a);

    // A's multicast has reached LINE and waits a second for the answer: A dies with it in flight.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> !lineOfA.received().isEmpty());
    a.kill();
    assertThat(status(b, id).path("status").asText()).isEqualTo("sending");

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> "done".equals(status(b, id).path("status").asText()));
    JsonNode done = status(b, id);
    assertThat(done.path("delivered").asLong()).isEqualTo(SUBSCRIBERS);
    assertThat(done.path("failed").asLong()).isZero();
    assertEachReachedOnceByRetryKey(users, (SUBSCRIBERS + BATCH - 1) / BATCH);
    Set<String> keysOfA = retryKeys(lineOfA);
    assertThat(retryKeys(lineOfB)).as("B took over what A had in flight").containsAll(keysOfA);
  }

  private static Set<String> retryKeys(LineStandIn line) {
    Set<String> keys = new HashSet<>();
    line.received().forEach(m -> keys.add(m.retryKey()));
    return keys;
  }

  /** Every request both stubs received, checked as one broadcast. */
  private static void assertEachReachedOnceByRetryKey(List<String> users, int batches) {
    List<LineStandIn.Multicast> received = new ArrayList<>(lineOfA.received());
    received.addAll(lineOfB.received());
    ReachedOnce.assertEachReachedOnceByRetryKey(received, users, batches);
  }

  private static List<String> subscribe(int n) {
    Subscriptions subscriptions =
        new Subscriptions(
            redis,
            new ExpiringWrite(redis),
            new Pseudonyms(new PrivacySettings("test-pseudonym-key")),
            settings(),
            new NoticeRetention(Duration.ofDays(365), Duration.ofDays(90), Duration.ofDays(3)));
    List<String> users = IntStream.range(0, n).mapToObj(i -> "Ukill-" + PREFIX + i).toList();
    users.forEach(
        u -> subscriptions.subscribe(u, List.of("香川県/高松市"), EnumSet.allOf(Audience.class)));
    return users;
  }

  /** Staff schedule a silent notice through the API of one instance. */
  private static String schedule(BotProcess instance) throws Exception {
    String body =
        "{\"areas\":[{\"prefecture\":\"香川県\",\"municipality\":\"高松市\"}],"
            + "\"includeNeighbours\":false,\"silent\":true}";
    HttpResponse<String> response =
        http.send(
            staff(instance, "/admin/api/events/e1/notices")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return new ObjectMapper().readTree(response.body()).path("id").asText();
  }

  private static JsonNode status(BotProcess instance, String id) throws Exception {
    HttpResponse<String> response =
        http.send(
            staff(instance, "/admin/api/notices/" + id).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body());
  }

  private static HttpRequest.Builder staff(BotProcess instance, String path) {
    String login =
        Base64.getEncoder().encodeToString(("staff:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(instance.url(path)))
        .header("Authorization", "Basic " + login);
  }

  private static NoticesSettings settings() {
    return new NoticesSettings(
        PREFIX + "notices:",
        false,
        1,
        BATCH,
        200,
        Duration.ofMillis(20),
        Duration.ofSeconds(2),
        8,
        Duration.ofMillis(50),
        Duration.ofMinutes(5),
        LocalTime.of(22, 0),
        LocalTime.of(8, 0));
  }
}
