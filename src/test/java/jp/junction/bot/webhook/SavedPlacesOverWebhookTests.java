package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Saved places (「あとで見る」) through signed webhooks into the real app, dialogs and directory, with
 * WireMock as LINE: the button on a search card saves the place (twice keeps one), 「保存した場所」 lists
 * it with today's details, a place retired or gone since says so, 「外す」 and 「すべて外す」 remove them, and
 * 「データを消して」 and blocking the bot leave no key. Every tap sends back the data the bot sent.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // The fixture has seven places: a limit below that can be reached.
    properties = "junction.saved.limit=" + SavedPlacesOverWebhookTests.LIMIT)
class SavedPlacesOverWebhookTests {

  static final int LIMIT = 6;

  static final WebhookProbe probe = new WebhookProbe();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry, ownKeys);
  }

  @LocalServerPort int port;
  @Autowired Pseudonyms pseudonyms;
  @Autowired StringRedisTemplate redis;
  @Autowired DirectoryStore directory;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
    // The store is seeded from the data folder just after start-up.
    await().atMost(Duration.ofSeconds(20)).until(() -> directory.version() > 0);
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void aCardsButtonSavesThePlaceOnceAndTheListShowsItWithTodaysDetails() throws Exception {
    String user = userId();
    JsonNode card = firstCard(say(user, "前橋で居場所を探しています"));
    String name = title(card);
    JsonNode save = button(card, "あとで見る");
    assertThat(save.at("/displayText").asText()).isEqualTo("「" + name + "」をあとで見る");

    JsonNode saved = tap(user, save.at("/data").asText());
    assertThat(WebhookProbe.texts(saved)).contains("保存しました").contains("90日");
    assertThat(quickLabels(saved)).contains("保存した場所");
    JsonNode again = tap(user, save.at("/data").asText());
    assertThat(WebhookProbe.texts(again)).contains("もう保存してあります");

    String key = key(user);
    assertThat(redis.opsForZSet().size(key)).isEqualTo(1);
    assertThat(redis.getExpire(key)).isGreaterThan(Duration.ofDays(89).toSeconds());
    assertThat(String.valueOf(redis.opsForZSet().range(key, 0, -1))).doesNotContain(name);

    JsonNode list = say(user, "保存した場所");
    assertThat(list.at("/messages/0/text").asText()).contains("保存した場所です（1件");
    JsonNode listed = list.at("/messages/1/contents/contents/0");
    assertThat(title(listed)).isEqualTo(name);
    assertThat(buttonLabels(listed)).contains("外す").doesNotContain("あとで見る");
    assertThat(quickLabels(list)).contains("すべて外す", "メニュー");
  }

  @Test
  void aPlaceRetiredOrGoneSinceSaysSoAndOneOrAllCanBeRemoved() throws Exception {
    String user = userId();
    List<String> names = new ArrayList<>();
    for (String question : List.of("前橋で居場所を探しています", "坂出で居場所を探しています")) {
      JsonNode card = firstCard(say(user, question));
      names.add(title(card));
      tap(user, button(card, "あとで見る").at("/data").asText());
    }
    String retiredId = idOf(names.get(1));
    DirectoryEntry before = directory.get(retiredId).orElseThrow();
    directory.retire(retiredId, DirectoryEntry.Status.TEMPORARILY_CLOSED, "tester");
    // A place saved before the data lost it: in neither the store nor the search any more.
    String goneId = "r999";
    redis.opsForZSet().add(key(user), goneId, System.currentTimeMillis() + 60_000);
    assertThat(redis.opsForZSet().size(key(user))).isEqualTo(3);
    try {
      JsonNode list = say(user, "保存した場所");
      JsonNode cards = list.at("/messages/1/contents/contents");
      assertThat(cards).hasSize(3);
      // Newest first: the gone one, the retired one, then the current one with its details.
      assertThat(title(cards.get(0))).isEqualTo("一覧からなくなった場所");
      assertThat(cards.get(0).toString()).contains("いまの一覧にはありません");
      assertThat(title(cards.get(1))).isEqualTo(names.get(1));
      assertThat(cards.get(1).toString()).contains("いまお休みしています");
      assertThat(title(cards.get(2))).isEqualTo(names.get(0));
      assertThat(buttonLabels(cards.get(2))).contains("外す");

      JsonNode removed = tap(user, button(cards.get(1), "外す").at("/data").asText());
      assertThat(WebhookProbe.texts(removed)).contains("外しました");
      assertThat(redis.opsForZSet().range(key(user), 0, -1)).doesNotContain(retiredId).hasSize(2);
      assertThat(WebhookProbe.texts(tap(user, button(cards.get(1), "外す").at("/data").asText())))
          .contains("もう外してあります");

      JsonNode confirm = tapQuick(user, say(user, "保存した場所"), "すべて外す");
      assertThat(WebhookProbe.texts(confirm)).contains("すべて外しますか");
      JsonNode cleared = tapQuick(user, confirm, "すべて外す");
      assertThat(WebhookProbe.texts(cleared)).contains("すべて外しました");
      assertThat(redis.hasKey(key(user))).isFalse();
      assertThat(WebhookProbe.texts(say(user, "保存した場所"))).contains("まだ保存した場所はありません");
    } finally {
      directory.retire(retiredId, before.status(), "tester");
    }
  }

  @Test
  void atTheLimitASaveIsRefusedWithWhatToDoAndNothingKeptIsLost() throws Exception {
    String user = userId();
    List<String> ids =
        directory.all().stream()
            .filter(DirectoryEntry::searchable)
            .map(DirectoryEntry::id)
            .toList();
    assertThat(ids).hasSizeGreaterThan(LIMIT);
    for (String id : ids.subList(0, LIMIT)) {
      tap(user, "a=saved.add&id=" + id);
    }

    JsonNode refused = tap(user, "a=saved.add&id=" + ids.get(LIMIT));

    assertThat(WebhookProbe.texts(refused))
        .contains(LIMIT + "件まで")
        .contains("この場所は保存していません")
        .contains("外すと、また保存できます");
    assertThat(quickLabels(refused)).containsExactly("保存した場所");
    assertThat(redis.opsForZSet().range(key(user), 0, -1))
        .hasSize(LIMIT)
        .doesNotContain(ids.get(LIMIT));
    JsonNode list = say(user, "保存した場所");
    assertThat(list.at("/messages/0/text").asText()).contains(LIMIT + "件、" + LIMIT + "件まで");
    assertThat(list.at("/messages/1/contents/contents")).hasSize(LIMIT);
  }

  @Test
  void aForgedSaveOfAnUnknownPlaceKeepsNothing() throws Exception {
    String user = userId();
    JsonNode reply = tap(user, "a=saved.add&id=no-such-place");
    assertThat(WebhookProbe.texts(reply)).contains("保存できませんでした");
    assertThat(redis.hasKey(key(user))).isFalse();
  }

  @Test
  void erasingAndBlockingRemoveTheSavedPlaces() throws Exception {
    String erases = userId();
    String blocks = userId();
    for (String user : List.of(erases, blocks)) {
      JsonNode card = firstCard(say(user, "前橋で居場所を探しています"));
      tap(user, button(card, "あとで見る").at("/data").asText());
      assertThat(redis.hasKey(key(user))).isTrue();
    }

    JsonNode confirm = say(erases, "データを消して");
    JsonNode erased = tapQuick(erases, confirm, "消す");
    assertThat(WebhookProbe.texts(erased)).contains("保存した場所");
    assertThat(redis.hasKey(key(erases))).isFalse();

    probe.send(body(LineWebhookFixture.unfollow(blocks, eventId())));
    await().atMost(Duration.ofSeconds(10)).until(() -> !redis.hasKey(key(blocks)));
  }

  private String key(String user) {
    return ownKeys.prefix() + "saved:" + pseudonyms.of(user);
  }

  private String idOf(String name) {
    return directory.all().stream()
        .filter(e -> e.resource().name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private JsonNode say(String user, String text) throws Exception {
    String token = replyToken();
    assertThat(probe.send(body(LineWebhookFixture.text(user, eventId(), token, text))).statusCode())
        .isEqualTo(200);
    return probe.replyFor(token);
  }

  private JsonNode tap(String user, String data) throws Exception {
    assertThat(data.length()).isLessThanOrEqualTo(300);
    String token = replyToken();
    probe.send(body(LineWebhookFixture.postback(user, eventId(), token, data)));
    return probe.replyFor(token);
  }

  /** Taps the last message's quick reply labelled {@code label}. */
  private JsonNode tapQuick(String user, JsonNode reply, String label) throws Exception {
    JsonNode messages = reply.at("/messages");
    for (JsonNode item : messages.get(messages.size() - 1).at("/quickReply/items")) {
      if (label.equals(item.at("/action/label").asText())) {
        return tap(user, item.at("/action/data").asText());
      }
    }
    throw new AssertionError("no quick reply " + label + " in " + reply);
  }

  private static JsonNode firstCard(JsonNode reply) {
    for (JsonNode message : reply.at("/messages")) {
      if ("flex".equals(message.at("/type").asText())) {
        return message.at("/contents/contents/0");
      }
    }
    throw new AssertionError("no cards in " + reply);
  }

  private static String title(JsonNode bubble) {
    return bubble.at("/body/contents/0/text").asText();
  }

  private static JsonNode button(JsonNode bubble, String label) {
    for (JsonNode button : bubble.at("/footer/contents")) {
      if (label.equals(button.at("/action/label").asText())) {
        return button.at("/action");
      }
    }
    throw new AssertionError("no button " + label + " in " + bubble);
  }

  private static List<String> buttonLabels(JsonNode bubble) {
    List<String> out = new ArrayList<>();
    bubble.at("/footer/contents").forEach(b -> out.add(b.at("/action/label").asText()));
    return out;
  }

  private static List<String> quickLabels(JsonNode reply) {
    JsonNode messages = reply.at("/messages");
    List<String> out = new ArrayList<>();
    messages
        .get(messages.size() - 1)
        .at("/quickReply/items")
        .forEach(i -> out.add(i.at("/action/label").asText()));
    return out;
  }
}
