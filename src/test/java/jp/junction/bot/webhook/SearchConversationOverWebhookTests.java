package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.junction.bot.privacy.AnonymousStats;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A search conversation through signed webhooks into the real app, dialogs and sample data (Redis
 * keys of the test's own), as a person would have it (issue 13 item 5): a shared location stays
 * "here" until a place is named, a named town is kept for the next question, refinement chips say
 * what is on, turn off when tapped again and never pile up, 「次」 typed pages the last answer, and a
 * question with two places (home and work) is asked where the person wants to go.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchConversationOverWebhookTests {

  static final WebhookProbe probe = new WebhookProbe();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry, ownKeys);
    registry.add("junction.data-dir", () -> DATA.toString());
  }

  /** The sample data, with twelve more places to meet in 高松 so that an answer has pages. */
  static final Path DATA = data();

  private static Path data() {
    try {
      Path dir = Files.createTempDirectory("search-conversation");
      try (Stream<Path> files = Files.list(Path.of("index-data"))) {
        for (Path file : files.toList()) {
          Files.copy(file, dir.resolve(file.getFileName()));
        }
      }
      StringBuilder more = new StringBuilder();
      for (int i = 1; i <= 12; i++) {
        more.append("extra-")
            .append(i)
            .append(",たかまつの集まり ")
            .append(i)
            .append(",,ibasho,self,local,香川県,高松市,香川県高松市番町")
            .append(i)
            .append(",34.34,134.04,,,,false,true,false,false,無料,,,居場所,2026-10-01\n");
      }
      Files.writeString(dir.resolve("resources.csv"), more, StandardOpenOption.APPEND);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @LocalServerPort int port;
  @Autowired AnonymousStats stats;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void aSharedLocationStaysHereUntilATownIsNamedAndTheTownIsKeptForTheNextQuestion()
      throws Exception {
    String user = userId();
    String token = replyToken();
    probe.send(body(LineWebhookFixture.location(user, eventId(), token, 34.3405, 134.0465)));
    assertThat(text(probe.replyFor(token), 0)).contains("近く");

    JsonNode family = say(user, "家族会は？");
    assertThat(text(family, 0)).contains("位置情報の近く");
    assertThat(family.toString()).contains("高松ひきこもり家族会");

    JsonNode named = say(user, "丸亀で当事者会ある？");
    assertThat(text(named, 0)).contains("丸亀市").doesNotContain("位置情報");
    assertThat(first(named)).contains("丸亀");

    // 丸亀 has no family group of its own: the prefecture's is offered, and the answer says so.
    JsonNode next = say(user, "家族会は？");
    assertThat(text(next, 0))
        .contains("丸亀市には合うところが見つからなかった")
        .contains("さっきのお話と同じ場所")
        .doesNotContain("位置情報");
    assertThat(next.toString()).doesNotContain("高松ひきこもり家族会");
    // Answered only by widening to the prefecture: an unmet need in 丸亀 for the statistics.
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(stats.questionsByAreaAndKind(1))
                    .anyMatch(
                        f -> f.area().contains("丸亀") && f.kind().contains("family") && !f.found()));
  }

  @Test
  void aRefinementChipSaysItIsOnTurnsOffWhenTappedAgainAndNeverPilesUpWithARival()
      throws Exception {
    String user = userId();
    JsonNode answer = say(user, "高松で居場所");
    assertThat(labels(answer)).contains("オンライン", "近くの町も").doesNotContain("条件をクリア");

    JsonNode online = tap(user, answer, "オンライン");
    assertThat(labels(online)).contains("オンラインをやめる", "条件をクリア", "近くの町も");

    JsonNode nearby = tap(user, online, "近くの町も");
    assertThat(labels(nearby)).contains("近くの町もをやめる", "オンライン", "条件をクリア").doesNotContain("オンラインをやめる");

    JsonNode off = tap(user, nearby, "近くの町もをやめる");
    assertThat(labels(off)).contains("オンライン", "近くの町も").doesNotContain("条件をクリア");
    assertThat(text(off, 0)).isEqualTo(text(answer, 0));

    JsonNode cleared = tap(user, tap(user, off, "家族向け"), "条件をクリア");
    assertThat(labels(cleared)).noneMatch(l -> l.endsWith("をやめる"));
  }

  @Test
  void unsendingAMessageForgetsTheQuestionAndThePlaceTheConversationKept() throws Exception {
    String user = userId();
    assertThat(labels(say(user, "高松で居場所"))).contains("もっと見る");

    assertThat(
            probe
                .send(
                    body(
                        "{\"type\":\"unsend\",\"mode\":\"active\",\"timestamp\":"
                            + System.currentTimeMillis()
                            + ",\"source\":{\"type\":\"user\",\"userId\":\""
                            + user
                            + "\"},\"webhookEventId\":\""
                            + eventId()
                            + "\",\"deliveryContext\":{\"isRedelivery\":false},"
                            + "\"unsend\":{\"messageId\":\"325708\"}}"))
                .statusCode())
        .isEqualTo(200);

    // Neither the last question (paging) nor its town (a follow-up without a town) is left.
    assertThat(text(say(user, "もっと見る"), 0)).contains("まだ何もさがしていない");
    assertThat(text(say(user, "家族会は？"), 0)).doesNotContain("さっきのお話と同じ場所");
  }

  @Test
  void typedNextPagesTheLastAnswerAndSaysSoWhenThereIsNoMore() throws Exception {
    String user = userId();
    assertThat(text(say(user, "もっと見る"), 0)).contains("まだ何もさがしていない");

    JsonNode answer = say(user, "高松で居場所");
    assertThat(labels(answer)).contains("もっと見る");

    JsonNode next = say(user, "次");
    assertThat(next.at("/messages/1/type").asText()).isEqualTo("flex");
    assertThat(first(next)).isNotEqualTo(first(answer));
    assertThat(answer.toString()).doesNotContain(first(next));

    JsonNode more = say(user, "ほかには？");
    assertThat(text(more, 0)).contains("これで全部");
  }

  @Test
  void aRefinementAfterALongQuestionStillReadsItsPlaceFromTheConversation() throws Exception {
    String user = userId();
    String story = "人と会うのが怖くて、もう何年も家にいます。".repeat(6) + "丸亀で当事者会はありますか";
    JsonNode answer = say(user, story);
    assertThat(first(answer)).contains("丸亀");

    JsonNode refined = tap(user, answer, "近くの町も");
    assertThat(text(refined, 0)).contains("丸亀市");
    assertThat(first(refined)).contains("丸亀");
  }

  @Test
  void homeInOneTownAndWorkInAnotherIsAskedWhereThePersonWantsToGo() throws Exception {
    String user = userId();
    JsonNode answer = say(user, "家は丸亀、職場が高松なので、高松で家族会をさがしています");
    assertThat(first(answer)).contains("高松");
    assertThat(text(answer, 0)).contains("高松市");

    JsonNode next = say(user, "相談できる窓口は？");
    assertThat(first(next)).contains("高松");
    assertThat(text(next, 0)).contains("さっきのお話と同じ場所");
  }

  private JsonNode say(String user, String text) throws Exception {
    String token = replyToken();
    assertThat(probe.send(body(LineWebhookFixture.text(user, eventId(), token, text))).statusCode())
        .isEqualTo(200);
    return probe.replyFor(token);
  }

  private JsonNode tap(String user, JsonNode reply, String label) throws Exception {
    JsonNode items = quick(reply);
    String data = null;
    for (JsonNode item : items) {
      if (label.equals(item.at("/action/label").asText())) {
        data = item.at("/action/data").asText();
      }
    }
    assertThat(data).as("chip " + label + " in " + labels(reply)).isNotNull();
    String token = replyToken();
    probe.send(body(LineWebhookFixture.postback(user, eventId(), token, data)));
    return probe.replyFor(token);
  }

  /** The name of the first card. */
  private static String first(JsonNode reply) {
    JsonNode bubble = reply.at("/messages/1/contents/contents/0");
    return bubble.at("/body/contents/0/text").asText();
  }

  private static String text(JsonNode reply, int i) {
    return reply.at("/messages/" + i + "/text").asText();
  }

  private static JsonNode quick(JsonNode reply) {
    return reply.at("/messages/" + (reply.at("/messages").size() - 1) + "/quickReply/items");
  }

  private static List<String> labels(JsonNode reply) {
    List<String> out = new ArrayList<>();
    quick(reply).forEach(item -> out.add(item.at("/action/label").asText()));
    return out;
  }
}
