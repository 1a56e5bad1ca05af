package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signed LINE-shaped webhooks through the real app (real Redis on 127.0.0.1:6379), with WireMock
 * standing in for LINE: checks exactly what would have been sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookIntegrationTests {

  static final WireMockServer line = new WireMockServer(options().dynamicPort());
  static final ObjectMapper json = new ObjectMapper();
  static final HttpClient http = HttpClient.newHttpClient();

  static {
    line.start();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("junction.line.channel-secret", () -> LineWebhookFixture.SECRET);
    registry.add("junction.line.channel-token", () -> "test-channel-token");
    registry.add("junction.line.api-base-url", line::baseUrl);
    registry.add("junction.redis.url", () -> "redis://127.0.0.1:6379/" + TestRedis.DATABASE);
    registry.add("junction.privacy.pseudonym-key", () -> "test-pseudonym-key");
  }

  @LocalServerPort int port;

  @AfterAll
  static void stopLine() {
    line.stop();
  }

  @BeforeEach
  void resetLine() {
    line.resetAll();
    line.stubFor(
        post(urlEqualTo("/v2/bot/message/reply"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Line-Request-Id", "req-1")
                    .withBody("{\"sentMessages\":[]}")));
  }

  @Test
  void followIsGreetedWithWhatTheBotDoesAndThatNoNameIsNeeded() throws Exception {
    String token = replyToken();

    assertThat(send(body(LineWebhookFixture.follow(userId(), eventId(), token)))).isEqualTo(200);

    JsonNode reply = replyFor(token);
    String text = reply.at("/messages/0/text").asText();
    assertThat(text).contains("名前や連絡先をお聞きすることはありません").contains("データを消して");
    JsonNode quick = reply.at("/messages/1/quickReply/items");
    assertThat(quick.size()).isBetween(3, 13);
    assertThat(quick.get(0).at("/action/type").asText()).isEqualTo("postback");
    assertThat(quick.get(0).at("/action/label").asText()).isEqualTo("居場所・仲間をさがす");
  }

  @Test
  void aTypedQuestionIsAnsweredWithACarouselOfPlaces() throws Exception {
    String token = replyToken();

    send(body(LineWebhookFixture.text(userId(), eventId(), token, "居場所 高松")));

    JsonNode reply = replyFor(token);
    assertThat(reply.at("/messages/0/type").asText()).isEqualTo("text");
    assertThat(reply.at("/messages/1/type").asText()).isEqualTo("flex");
    assertThat(reply.at("/messages/1/contents/type").asText()).isEqualTo("carousel");
    assertThat(reply.at("/messages/1/contents/contents").size()).isBetween(1, 10);
    assertThat(reply.at("/messages/1/altText").asText()).isNotBlank();
    assertThat(labels(reply.at("/messages/1/quickReply/items")))
        .contains("家族向け", "オンライン", "近くの町も", "地元以外で", "位置情報を送る");
  }

  @Test
  void aQuickReplyTapShowsItsNodeAndTheNextTextAnswersItsQuestion() throws Exception {
    String user = userId();
    String token = replyToken();
    send(body(LineWebhookFixture.postback(user, eventId(), token, "n=family")));
    assertThat(replyFor(token).at("/messages/0/text").asText()).contains("家族会");

    String next = replyToken();
    send(body(LineWebhookFixture.text(user, eventId(), next, "前橋")));
    assertThat(replyFor(next).at("/messages/1/type").asText()).isEqualTo("flex");
  }

  @Test
  void postbackDataTheBotNeverIssuedGetsTheGentleFallback() throws Exception {
    String token = replyToken();

    send(body(LineWebhookFixture.postback(userId(), eventId(), token, "action=buy&item=1")));

    JsonNode reply = replyFor(token);
    assertThat(reply.at("/messages/0/text").asText()).contains("うまく受け取れませんでした");
    assertThat(reply.at("/messages/0/quickReply/items").size()).isGreaterThan(0);
  }

  @Test
  void aSharedLocationFindsPlacesNearby() throws Exception {
    String token = replyToken();

    send(body(LineWebhookFixture.location(userId(), eventId(), token, 34.3505, 134.0467)));

    JsonNode reply = replyFor(token);
    assertThat(reply.at("/messages/0/text").asText()).contains("近く");
    assertThat(reply.at("/messages/1/type").asText()).isEqualTo("flex");
  }

  @Test
  void aStickerGetsAKindNoteAndAWayOn() throws Exception {
    String token = replyToken();

    send(body(LineWebhookFixture.sticker(userId(), eventId(), token)));

    assertThat(replyFor(token).at("/messages/0/text").asText()).contains("文字");
  }

  @Test
  void aRedeliveredEventIsAnsweredOnce() throws Exception {
    String token = replyToken();
    String event = LineWebhookFixture.text(userId(), eventId(), token, "メニュー");

    send(body(event));
    replyFor(token);
    send(body(LineWebhookFixture.redelivered(event)));
    send(body(event));

    Thread.sleep(500);
    assertThat(repliesFor(token)).hasSize(1);
  }

  @Test
  void unfollowUnknownTypesAndStandbyEventsAreNotAnswered() throws Exception {
    String token = replyToken();
    String user = userId();

    assertThat(
            send(
                body(
                    LineWebhookFixture.unfollow(user, eventId()),
                    LineWebhookFixture.unknownType(user, eventId()),
                    LineWebhookFixture.standby(
                        LineWebhookFixture.text(user, eventId(), token, "メニュー")))))
        .isEqualTo(200);

    String marker = replyToken();
    send(body(LineWebhookFixture.text(user, eventId(), marker, "メニュー")));
    replyFor(marker);
    assertThat(line.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/reply")))).hasSize(1);
  }

  @Test
  void aGroupGetsOnlyTheShortOneToOneNote() throws Exception {
    String token = replyToken();

    send(
        body(
            LineWebhookFixture.inGroup(
                LineWebhookFixture.text(userId(), eventId(), token, "居場所 高松"), "Cgroup" + token)));

    JsonNode reply = replyFor(token);
    assertThat(reply.at("/messages").size()).isEqualTo(1);
    assertThat(reply.at("/messages/0/text").asText()).contains("1対1");
  }

  @Test
  void aGroupHearsTheNoteAtMostOnceADay() throws Exception {
    String group = "Cgroup" + replyToken();
    String first = replyToken();
    String second = replyToken();

    send(
        body(
            LineWebhookFixture.inGroup(
                LineWebhookFixture.text(userId(), eventId(), first, "こんにちは"), group)));
    replyFor(first);
    send(
        body(
            LineWebhookFixture.inGroup(
                LineWebhookFixture.text(userId(), eventId(), second, "こんにちは"), group)));

    Thread.sleep(500);
    assertThat(repliesFor(second)).isEmpty();
  }

  @Test
  void lineVerifyCallWithNoEventsIsAccepted() throws Exception {
    assertThat(send(body())).isEqualTo(200);
  }

  @Test
  void aMissingOrWrongSignatureIsRefusedAndNothingIsProcessed() throws Exception {
    String token = replyToken();
    String body = body(LineWebhookFixture.text(userId(), eventId(), token, "メニュー"));

    assertThat(deliver(body, null)).isEqualTo(400);
    assertThat(deliver(body, LineWebhookFixture.sign(body, "another-secret"))).isEqualTo(400);
    assertThat(deliver(body, "not base64 !!")).isEqualTo(400);

    Thread.sleep(500);
    assertThat(repliesFor(token)).isEmpty();
  }

  @Test
  void malformedJsonIsRefused() throws Exception {
    assertThat(send("{\"events\": [ {")).isEqualTo(400);
  }

  @Test
  void aBodyOverOneMegabyteIsRefusedWith413() throws Exception {
    String huge =
        body(LineWebhookFixture.text(userId(), eventId(), replyToken(), "あ".repeat(400_000)));
    assertThat(send(huge)).isEqualTo(413);
  }

  @Test
  void lineSeesA200QuicklyEvenWhenAnsweringIsSlow() throws Exception {
    line.stubFor(
        post(urlEqualTo("/v2/bot/message/reply"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(4000).withBody("{}")));
    String token = replyToken();
    send(body()); // warm the connection and the request path, as a live server would be

    long start = System.nanoTime();
    int status = send(body(LineWebhookFixture.text(userId(), eventId(), token, "メニュー")));
    Duration ack = Duration.ofNanos(System.nanoTime() - start);

    assertThat(status).isEqualTo(200);
    // LINE's budget is 2 s; the reply itself takes 4 s here, so only an async hand-off passes.
    assertThat(ack).isLessThan(Duration.ofSeconds(2));
    replyFor(token);
  }

  private int send(String body) throws Exception {
    return deliver(body, LineWebhookFixture.sign(body, LineWebhookFixture.SECRET));
  }

  private int deliver(String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callback"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Line-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private JsonNode replyFor(String token) {
    await().atMost(Duration.ofSeconds(10)).until(() -> !repliesFor(token).isEmpty());
    try {
      return json.readTree(repliesFor(token).get(0).getBodyAsString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private List<LoggedRequest> repliesFor(String token) {
    return line.findAll(
        postRequestedFor(urlEqualTo("/v2/bot/message/reply"))
            .withRequestBody(
                matchingJsonPath(
                    "$.replyToken",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo(token))));
  }

  private static List<String> labels(JsonNode items) {
    List<String> labels = new java.util.ArrayList<>();
    items.forEach(item -> labels.add(item.at("/action/label").asText()));
    return labels;
  }
}
