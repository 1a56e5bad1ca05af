package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import com.github.tomakehurst.wiremock.matching.MatchesJsonPathPattern;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Conversational acts through signed webhooks into the real app and dialogs (real Redis), with
 * WireMock standing in for LINE: distress, a returning greeting, thanks and a question about the
 * bot are answered in words, never with a carousel of places.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TalkOverWebhookTests {

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
    registry.add("junction.redis.url", () -> "redis://127.0.0.1:6379");
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
                    .withBody("{\"sentMessages\":[]}")));
  }

  @Test
  void distressIsAcknowledgedThenGivenAPersonToTalkToThenOfferedAPlace() throws Exception {
    JsonNode reply = say(userId(), "もう限界");

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("話してくれて、ありがとうございます");
    assertThat(text(reply, 1)).contains("0120-279-338").contains("あなたのいばしょ");
    assertThat(text(reply, 2)).contains("一緒にさがす");
    JsonNode quick = reply.at("/messages/" + (reply.at("/messages").size() - 1) + "/quickReply/items");
    assertThat(actions(quick, "uri")).contains("tel:0120-279-338");
    assertThat(labels(quick)).contains("居場所・仲間をさがす", "相談窓口をさがす");
  }

  @Test
  void aReturningGreetingGetsAShortGreetingAndTheMenuNotTheIntroduction() throws Exception {
    String user = userId();
    String follow = replyToken();
    send(body(LineWebhookFixture.follow(user, eventId(), follow)));
    assertThat(text(replyFor(follow), 0)).contains("はじめまして");

    JsonNode reply = say(user, "こんばんは！");

    assertThat(reply.at("/messages").size()).isEqualTo(1);
    assertThat(text(reply, 0)).doesNotContain("はじめまして").contains("Junction Bot");
    assertThat(labels(reply.at("/messages/0/quickReply/items")))
        .contains("居場所・仲間をさがす", "家族の方へ", "相談窓口", "メニュー");
  }

  @Test
  void thanksAreAnsweredInAWordWithoutASearch() throws Exception {
    JsonNode reply = say(userId(), "ありがとうございました");

    assertThat(types(reply)).containsExactly("text");
    assertThat(text(reply, 0)).contains("どういたしまして").doesNotContain("見つけました");
  }

  @Test
  void askedWhetherItIsHumanTheBotSaysItIsAnAutomaticGuideAndHowToReachAPerson()
      throws Exception {
    JsonNode reply = say(userId(), "あなたは人間？");

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("人ではなく").contains("相談員やカウンセラーではありません");
    assertThat(text(reply, 1)).contains("0120-279-338");
  }

  @Test
  void aClearQuestionStillGetsTheCarouselOfPlaces() throws Exception {
    JsonNode reply = say(userId(), "高松で居場所ある？");

    assertThat(types(reply)).contains("flex");
  }

  private JsonNode say(String user, String text) throws Exception {
    String token = replyToken();
    assertThat(send(body(LineWebhookFixture.text(user, eventId(), token, text)))).isEqualTo(200);
    return replyFor(token);
  }

  private static String text(JsonNode reply, int i) {
    return reply.at("/messages/" + i + "/text").asText();
  }

  private static List<String> types(JsonNode reply) {
    List<String> out = new ArrayList<>();
    reply.at("/messages").forEach(m -> out.add(m.at("/type").asText()));
    return out;
  }

  private static List<String> labels(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(item -> out.add(item.at("/action/label").asText()));
    return out;
  }

  private static List<String> actions(JsonNode items, String type) {
    List<String> out = new ArrayList<>();
    items.forEach(
        item -> {
          if (type.equals(item.at("/action/type").asText())) {
            out.add(item.at("/action/uri").asText());
          }
        });
    return out;
  }

  private int send(String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callback"))
            .header("Content-Type", "application/json")
            .header("X-Line-Signature", LineWebhookFixture.sign(body, LineWebhookFixture.SECRET))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private JsonNode replyFor(String token) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !line.findAll(replyWith(token)).isEmpty());
    try {
      return json.readTree(line.findAll(replyWith(token)).get(0).getBodyAsString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder replyWith(
      String token) {
    return postRequestedFor(urlEqualTo("/v2/bot/message/reply"))
        .withRequestBody(new MatchesJsonPathPattern("$[?(@.replyToken == '" + token + "')]"));
  }
}
