package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Conversational acts through signed webhooks into the real app and dialogs (Redis keys of the
 * test's own), with WireMock standing in for LINE: distress, a returning greeting, thanks and a
 * question about the bot are answered in words, never with a carousel of places.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TalkOverWebhookTests {

  static final WebhookProbe probe = new WebhookProbe();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry, ownKeys);
  }

  @LocalServerPort int port;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void distressIsAcknowledgedThenGivenAPersonToTalkToThenOfferedAPlace() throws Exception {
    JsonNode reply = say(userId(), "もう限界");

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("話してくれて、ありがとうございます");
    assertThat(text(reply, 1)).contains("0120-279-338").contains("あなたのいばしょ");
    assertThat(text(reply, 2)).contains("一緒にさがす");
    JsonNode quick =
        reply.at("/messages/" + (reply.at("/messages").size() - 1) + "/quickReply/items");
    assertThat(actions(quick, "uri")).contains("tel:0120-279-338");
    assertThat(labels(quick)).contains("居場所・仲間をさがす", "相談窓口をさがす");
  }

  @Test
  void aWorriedParentIsAcknowledgedToldFamiliesMayCallTooAndOfferedFamilyPlaces() throws Exception {
    String user = userId();
    JsonNode reply = say(user, "40代の息子が働かず部屋にこもっています。どう接したらいいでしょうか");

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("ご家族のことで").contains("0120-279-338");
    assertThat(text(reply, 1)).contains("家族会").contains("町の名前");
    JsonNode quick =
        reply.at("/messages/" + (reply.at("/messages").size() - 1) + "/quickReply/items");
    assertThat(actions(quick, "uri")).contains("tel:0120-279-338");
    assertThat(labels(quick)).contains("オンラインの家族会", "家族の相談窓口");

    JsonNode next = say(user, "丸亀");
    assertThat(types(next)).contains("flex");
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
  void askedWhetherItIsHumanTheBotSaysItIsAnAutomaticGuideAndHowToReachAPerson() throws Exception {
    JsonNode reply = say(userId(), "あなたは人間？");

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("人ではなく").contains("相談員やカウンセラーではありません");
    assertThat(text(reply, 1)).contains("0120-279-338");
  }

  @Test
  void distressInDialectIsAcknowledgedAndNeverAnsweredWithCardsOnly() throws Exception {
    JsonNode reply = say(userId(), "全然寝れへん");

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("話してくれて");
    assertThat(text(reply, 1)).contains("0120-279-338");
  }

  @Test
  void askedWhatIsKeptTheBotSaysWhoReadsAndForHowLong() throws Exception {
    JsonNode reply = say(userId(), "ここに書いたことって記録されるの？");

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("自動のbot");
    assertThat(WebhookProbe.texts(reply)).contains("30分").contains("データを消して");
  }

  @Test
  void aLongStoryWithNoRequestIsAcknowledgedByWhatItIsAboutAndOffersAChoice() throws Exception {
    String story =
        "母と暮らしています。仕事を辞めてから三年、ほとんど家にいます。".repeat(3)
            + "母は何も言わないけれど、ため息が聞こえるたびに胸が痛くなります。".repeat(3)
            + "どこにも書けなかったので、ここに書きました。";

    JsonNode reply = say(userId(), story);

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("家族のこと");
    assertThat(text(reply, 1)).contains("0120-279-338");
    JsonNode quick =
        reply.at("/messages/" + (reply.at("/messages").size() - 1) + "/quickReply/items");
    assertThat(labels(quick)).contains("居場所・仲間をさがす", "家族の方へ");
  }

  @Test
  void somethingToldNotAskedIsHeardWithAPersonOneTapAwayNotAnsweredWithCards() throws Exception {
    JsonNode reply = say(userId(), "昔の友達のSNSを見てしまった");

    assertThat(types(reply)).containsOnly("text");
    assertThat(text(reply, 0)).contains("話してくれて", "botなので");
    JsonNode quick =
        reply.at("/messages/" + (reply.at("/messages").size() - 1) + "/quickReply/items");
    assertThat(labels(quick)).contains("人と話したい", "居場所・仲間をさがす");
  }

  @Test
  void aLongStoryEndingWithARequestStillSearches() throws Exception {
    String story =
        "息子が学校に行けなくなって三年になります。部屋から出てこない日が続いています。".repeat(4) + "同じ悩みの親と話してみたいです。高松で家族会ありますか";

    JsonNode reply = say(userId(), story);

    assertThat(WebhookProbe.texts(reply)).doesNotContain("長いお話");
  }

  @Test
  void aClearQuestionStillGoesToTheSearch() throws Exception {
    JsonNode reply = say(userId(), "高松で居場所ある？");

    assertThat(WebhookProbe.texts(reply)).doesNotContain("話してくれて", "声をかけてくれて", "長いお話", "どういたしまして");
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
    return probe.send(body).statusCode();
  }

  private JsonNode replyFor(String token) {
    return probe.replyFor(token);
  }
}
