package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The note to take along (相談メモ) through signed webhooks into the real app and dialogs, with
 * WireMock as LINE: three questions answered by the very buttons the bot sent, each skippable, then
 * 「はじめて相談するときのメモ」 with what was chosen; Redis is read after every step and holds nothing of it,
 * before or after the note.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemoOverWebhookTests {

  static final WebhookProbe probe = new WebhookProbe();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry, ownKeys);
  }

  @LocalServerPort int port;
  @Autowired Pseudonyms pseudonyms;
  @Autowired StringRedisTemplate redis;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void threeTapsDraftTheNoteWithWhatWasChosenAndRedisNeverHoldsAnyOfIt() throws Exception {
    String user = userId();
    JsonNode reply = say(user, "相談メモ");
    assertThat(WebhookProbe.texts(reply)).contains("メモ").contains("botには何も残しません");
    assertThat(labels(last(reply))).contains("自分のこと", "子どものこと", "とばす", "やめる");
    assertNothingKept(user);

    reply = tap(user, last(reply), "子どものこと");
    assertThat(WebhookProbe.texts(reply)).contains("どんなことで困っていますか");
    assertThat(labels(last(reply))).contains("家から出にくい", "とばす");
    assertNothingKept(user);

    reply = tap(user, last(reply), "家から出にくい");
    assertThat(WebhookProbe.texts(reply)).contains("伝えたいこと");
    assertNothingKept(user);

    reply = tap(user, last(reply), "ゆっくり話したい");

    String note = reply.at("/messages/0/text").asText();
    assertThat(note)
        .startsWith("はじめて相談するときのメモ")
        .contains("・相談したいのは：子どものこと")
        .contains("・困っていること：家から出にくい")
        .contains("・伝えたいこと：ゆっくり話したい");
    assertThat(reply.at("/messages/1/text").asText()).contains("コピー").contains("スクリーンショット");
    assertThat(labels(last(reply))).contains("相談窓口をさがす", "作り直す", "メニュー");
    assertNothingKept(user);
  }

  @Test
  void everyStepCanBeSkippedAndTheNoteStillHelps() throws Exception {
    String user = userId();
    JsonNode reply = say(user, "はじめて相談するときのメモ");
    reply = tap(user, last(reply), "とばす");
    reply = tap(user, last(reply), "とばす");
    reply = tap(user, last(reply), "とばす");

    String note = reply.at("/messages/0/text").asText();
    assertThat(note).startsWith("はじめて相談するときのメモ").contains("話を聞いてもらいたい");
    assertThat(note).doesNotContain("相談したいのは", "困っていること", "伝えたいこと");
    assertNothingKept(user);
  }

  @Test
  void aSkippedStepIsLeftOutAndTheOthersKept() throws Exception {
    String user = userId();
    JsonNode reply = say(user, "相談メモ");
    reply = tap(user, last(reply), "とばす");
    reply = tap(user, last(reply), "お金・暮らしのこと");
    reply = tap(user, last(reply), "名前を言わずに相談したい");

    String note = reply.at("/messages/0/text").asText();
    assertThat(note)
        .doesNotContain("相談したいのは")
        .contains("・困っていること：お金・暮らしのこと")
        .contains("・伝えたいこと：名前を言わずに相談したい");
  }

  @Test
  void stoppingEndsTheMemoAndSaysNothingWasKept() throws Exception {
    String user = userId();
    JsonNode reply = say(user, "相談メモ");
    reply = tap(user, last(reply), "子どものこと");
    reply = tap(user, last(reply), "やめる");

    assertThat(WebhookProbe.texts(reply)).contains("作らずに終わります").contains("何も残していません");
    assertNothingKept(user);
  }

  @Test
  void aForgedTapNeverPutsItsWordsIntoTheNote() throws Exception {
    String user = userId();
    String token = replyToken();
    probe.send(
        body(
            LineWebhookFixture.postback(
                user, eventId(), token, "a=memo.note&w=<script>&h=電話番号090&s=listen")));
    String note = probe.replyFor(token).at("/messages/0/text").asText();

    assertThat(note).contains("・伝えたいこと：まず話を聞いてほしい");
    assertThat(note).doesNotContain("script", "090", "相談したいのは", "困っていること");
  }

  /** No key about the person holds a word or code of the memo; the state has no memo field. */
  private void assertNothingKept(String user) {
    String pseudonym = pseudonyms.of(user);
    List<String> kept = new ArrayList<>();
    for (String pattern : Set.of("*" + pseudonym + "*", "*" + user + "*")) {
      try (var keys = redis.scan(ScanOptions.scanOptions().match(pattern).count(1000).build())) {
        keys.forEachRemaining(key -> kept.add(key + " = " + dump(key)));
      }
    }
    // The scan sees the person's keys (the rate limit's at least), so it would see a memo's too.
    assertThat(kept).isNotEmpty();
    assertThat(String.join("\n", kept))
        .doesNotContain("memo", "子ども", "child", "家から", "home", "ゆっくり", "slow", "メモ");
  }

  private String dump(String key) {
    DataType type = redis.type(key);
    return switch (type) {
      case STRING -> redis.opsForValue().get(key);
      case HASH -> String.valueOf(redis.opsForHash().entries(key));
      case LIST -> String.valueOf(redis.opsForList().range(key, 0, -1));
      case SET -> String.valueOf(redis.opsForSet().members(key));
      case ZSET -> String.valueOf(redis.opsForZSet().range(key, 0, -1));
      default -> type.name();
    };
  }

  private JsonNode say(String user, String text) throws Exception {
    String token = replyToken();
    assertThat(probe.send(body(LineWebhookFixture.text(user, eventId(), token, text))).statusCode())
        .isEqualTo(200);
    return probe.replyFor(token);
  }

  /** Taps the quick reply labelled {@code label}, sending back the data the bot gave it. */
  private JsonNode tap(String user, JsonNode items, String label) throws Exception {
    for (JsonNode item : items) {
      if (label.equals(item.at("/action/label").asText())) {
        String token = replyToken();
        String data = item.at("/action/data").asText();
        assertThat(data.length()).isLessThanOrEqualTo(300);
        probe.send(body(LineWebhookFixture.postback(user, eventId(), token, data)));
        return probe.replyFor(token);
      }
    }
    throw new AssertionError("no quick reply " + label + " in " + items);
  }

  private static JsonNode last(JsonNode reply) {
    JsonNode messages = reply.at("/messages");
    return messages.get(messages.size() - 1).at("/quickReply/items");
  }

  private static List<String> labels(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(item -> out.add(item.at("/action/label").asText()));
    return out;
  }
}
