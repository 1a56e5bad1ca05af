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
 * やさしい日本語 and English through signed webhooks into the real app and dialogs (Redis keys of the
 * test's own), with WireMock as LINE: a question in English is answered in English with a way back,
 * the crisis answer to a message in English is in English with the same lines, and a person who
 * picks やさしい日本語 from the menu gets it for what follows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageOverWebhookTests {

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
  void aQuestionInEnglishGetsEnglishWordsAndCardsWithAWayBackToJapanese() throws Exception {
    String user = userId();
    JsonNode reply = say(user, "Is there any support in Takamatsu?");

    assertThat(text(reply, 0)).contains("in English");
    assertThat(text(reply, 1)).contains("found").doesNotContain("見つけました");
    assertThat(types(reply)).contains("flex");
    JsonNode quick = lastQuickReplies(reply);
    assertThat(labels(quick)).contains("Online", "Menu", "日本語");

    JsonNode menu = say(user, "メニュー");
    assertThat(text(menu, 0)).contains("menu");
    assertThat(labels(lastQuickReplies(menu))).contains("Find a place", "ことば / Language");

    // The way back: a tap, and Japanese from then on.
    JsonNode back = tap(user, postbackOf(quick, "日本語"));
    assertThat(text(back, 0)).contains("ふつうの日本語");
    assertThat(text(say(user, "メニュー"), 0)).contains("メニューです");
  }

  @Test
  void aCrisisInEnglishIsAnsweredInEnglishWithTheSameLines() throws Exception {
    JsonNode reply = say(userId(), "I want to die tonight");

    String all = texts(reply);
    assertThat(all).contains("0120-279-338").contains("119").contains("in Japanese");
    assertThat(all).doesNotContain("話してくれて");

    // Too few common words to turn a chat to English, but English all the same.
    assertThat(texts(say(userId(), "kms"))).contains("0120-279-338").contains("in Japanese");
  }

  @Test
  void easyJapanesePickedFromTheMenuLastsForWhatFollows() throws Exception {
    String user = userId();
    JsonNode choose = say(user, "ことば");
    JsonNode done = tap(user, postbackOf(lastQuickReplies(choose), "やさしい にほんご"));
    assertThat(text(done, 0)).contains("やさしい にほんご");

    JsonNode menu = say(user, "メニュー");
    assertThat(labels(lastQuickReplies(menu))).contains("いばしょ・なかまを さがす");
  }

  private JsonNode say(String user, String text) throws Exception {
    String token = replyToken();
    assertThat(probe.send(body(LineWebhookFixture.text(user, eventId(), token, text))).statusCode())
        .isEqualTo(200);
    return probe.replyFor(token);
  }

  private JsonNode tap(String user, String data) throws Exception {
    String token = replyToken();
    assertThat(
            probe
                .send(body(LineWebhookFixture.postback(user, eventId(), token, data)))
                .statusCode())
        .isEqualTo(200);
    return probe.replyFor(token);
  }

  private static String text(JsonNode reply, int i) {
    return reply.at("/messages/" + i + "/text").asText();
  }

  private static String texts(JsonNode reply) {
    StringBuilder out = new StringBuilder();
    reply.at("/messages").forEach(m -> out.append(m.at("/text").asText()).append('\n'));
    return out.toString();
  }

  private static JsonNode lastQuickReplies(JsonNode reply) {
    return reply.at("/messages/" + (reply.at("/messages").size() - 1) + "/quickReply/items");
  }

  private static String postbackOf(JsonNode items, String label) {
    for (JsonNode item : items) {
      if (label.equals(item.at("/action/label").asText())) {
        return item.at("/action/data").asText();
      }
    }
    throw new AssertionError("no quick reply " + label + " in " + items);
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
}
