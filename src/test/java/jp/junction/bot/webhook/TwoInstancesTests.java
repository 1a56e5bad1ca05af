package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jp.junction.bot.BotProcess;
import jp.junction.bot.privacy.PrivacySettings;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the bot, each its own process, on the real Redis (127.0.0.1:6379) with WireMock
 * as LINE: what one instance did, the other knows.
 */
class TwoInstancesTests {

  static final String PSEUDONYM_KEY = "two-instances-test-key";
  static final WireMockServer line = new WireMockServer(options().dynamicPort());
  static final ObjectMapper json = new ObjectMapper();
  static final HttpClient http = HttpClient.newHttpClient();
  static final List<String> users = new ArrayList<>();
  static final List<String> events = new ArrayList<>();
  static BotProcess a;
  static BotProcess b;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    line.start();
    line.stubFor(
        post(urlEqualTo("/v2/bot/message/reply"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Line-Request-Id", "req-1")
                    .withBody("{\"sentMessages\":[]}")));
    Map<String, String> environment =
        Map.of(
            "LINE_CHANNEL_SECRET",
            LineWebhookFixture.SECRET,
            "LINE_CHANNEL_TOKEN",
            "test-channel-token",
            "LINE_API_BASE_URL",
            line.baseUrl(),
            "REDIS_URL",
            "redis://127.0.0.1:6379/" + TestRedis.DATABASE,
            // Every instance needs the same key, or state keys differ between instances.
            "JUNCTION_PSEUDONYM_KEY",
            PSEUDONYM_KEY);
    a = BotProcess.start("a", environment);
    b = BotProcess.start("b", environment);
    // Generous: both start at once on a small machine that may be busy with other builds.
    a.awaitReady(Duration.ofSeconds(150));
    b.awaitReady(Duration.ofSeconds(150));
  }

  @AfterAll
  static void stopAndForget() throws Exception {
    try (BotProcess first = a;
        BotProcess second = b) {
      line.stop();
    }
    Pseudonyms pseudonyms = new Pseudonyms(new PrivacySettings(PSEUDONYM_KEY));
    RedisClient client = RedisClient.create("redis://127.0.0.1:6379/" + TestRedis.DATABASE);
    try (StatefulRedisConnection<String, String> redis = client.connect()) {
      for (String user : users) {
        String pseudonym = pseudonyms.of(user);
        redis.sync().del("jb:conv:" + pseudonym, "jb:rl:" + pseudonym);
      }
      for (String event : events) {
        redis.sync().del(EventDeduplicator.PREFIX + event);
      }
    } finally {
      client.shutdown();
    }
  }

  @Test
  void aWebhookDeliveredToBothInstancesAtOnceIsAnsweredOnce() throws Exception {
    List<String> tokens = new ArrayList<>();
    List<CompletableFuture<Integer>> posts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String token = replyToken();
      tokens.add(token);
      String event = LineWebhookFixture.text(user(), event(), token, "メニュー");
      // A duplicate and a redelivery, racing on two instances.
      posts.add(send(a, body(event)));
      posts.add(send(b, body(event)));
      posts.add(send(b, body(LineWebhookFixture.redelivered(event))));
    }
    posts.forEach(post -> assertThat(post.join()).isEqualTo(200));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> tokens.stream().allMatch(token -> !repliesFor(token).isEmpty()));
    Thread.sleep(1000);
    for (String token : tokens) {
      assertThat(repliesFor(token)).as("replies for one event").hasSize(1);
    }
  }

  @Test
  void whatWasTappedOnOneInstanceShapesTheAnswerOnTheOther() throws Exception {
    String user = user();
    String tap = replyToken();
    assertThat(send(a, body(LineWebhookFixture.postback(user, event(), tap, "n=family"))).join())
        .isEqualTo(200);
    assertThat(replyFor(tap).at("/messages/0/text").asText()).contains("家族会");

    String typed = replyToken();
    send(b, body(LineWebhookFixture.text(user, event(), typed, "前橋"))).join();
    JsonNode answer = replyFor(typed);

    assertThat(answer.at("/messages/1/type").asText()).isEqualTo("flex");
    assertThat(answer.at("/messages/1/contents/type").asText()).isEqualTo("carousel");
    // Typed alone, 前橋 finds counters and 居場所; after the family tap it looks for families.
    assertThat(answer.at("/messages/0/text").asText()).contains("家族会");
    assertThat(answer.at("/messages/1/quickReply/items/0/action/data").asText()).contains("家族会");
  }

  private static String user() {
    String user = userId();
    users.add(user);
    return user;
  }

  private static String event() {
    String event = eventId();
    events.add(event);
    return event;
  }

  private static CompletableFuture<Integer> send(BotProcess instance, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(instance.url("/callback")))
            .header("Content-Type", "application/json")
            .header("X-Line-Signature", LineWebhookFixture.sign(body, LineWebhookFixture.SECRET))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }

  private static JsonNode replyFor(String token) throws Exception {
    await().atMost(Duration.ofSeconds(20)).until(() -> !repliesFor(token).isEmpty());
    return json.readTree(repliesFor(token).get(0).getBodyAsString());
  }

  private static List<LoggedRequest> repliesFor(String token) {
    return line.findAll(
        postRequestedFor(urlEqualTo("/v2/bot/message/reply"))
            .withRequestBody(matchingJsonPath("$.replyToken", equalTo(token))));
  }
}
