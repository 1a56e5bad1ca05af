package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.privacy.Pseudonyms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The key table in docs/privacy-and-safety.md matches Redis: a whole session through the signed
 * webhook and the staff API (saving a place too) on a database of its own, then every key is looked
 * up in the table (unknown keys fail), keys of rows with a TTL must have one, and nothing is left
 * that holds the LINE id or pseudonym of the person who erased their data or of the one who blocked
 * the bot.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.admin.user=tester",
      "junction.admin.password=key-table-secret",
      "junction.notices.poll=20ms",
      "junction.handoff.enabled=true"
    })
class RedisKeyTableTests {

  /** A database of its own (not the other tests' {@link TestRedis#DATABASE}): it must be empty. */
  static final int DATABASE = 12;

  static final Path DOC = Path.of("docs/privacy-and-safety.md");
  static final WireMockServer line = new WireMockServer(options().dynamicPort());
  static final ObjectMapper json = new ObjectMapper();
  static LettuceConnectionFactory own;
  static StringRedisTemplate redis;

  static {
    line.start();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("junction.redis.url", () -> "redis://127.0.0.1:6379/" + DATABASE);
    // Its own database: the directory store writes its real key names here.
    registry.add("junction.directory.enabled", () -> "true");
    registry.add("junction.privacy.pseudonym-key", () -> "test-pseudonym-key");
    registry.add("junction.data-dir", FeatureTestSupport.dataDir(EventsFixture.CSV)::toString);
    registry.add("junction.line.channel-secret", () -> LineWebhookFixture.SECRET);
    registry.add("junction.line.channel-token", () -> "test-channel-token");
    registry.add("junction.line.api-base-url", line::baseUrl);
  }

  /** The database must be empty: the test deletes what it finds there afterwards. */
  @BeforeAll
  static void ownDatabase() {
    RedisStandaloneConfiguration config = new RedisStandaloneConfiguration("127.0.0.1", 6379);
    config.setDatabase(DATABASE);
    own = new LettuceConnectionFactory(config);
    own.afterPropertiesSet();
    redis = new StringRedisTemplate(own);
    redis.afterPropertiesSet();
    Set<String> found = keys();
    if (!found.isEmpty() && found.stream().allMatch(k -> k.startsWith("jb:"))) {
      // Only the bot's own keys: what an earlier run of this test left, since Spring keeps its
      // context (workers, the directory's check) running after this class's cleanup.
      redis.delete(found);
    }
    Assumptions.assumeTrue(keys().isEmpty(), "Redis database " + DATABASE + " is in use");
  }

  @AfterAll
  static void stop() {
    line.stop();
    Set<String> written = keys();
    if (!written.isEmpty()) {
      redis.delete(written);
    }
    own.destroy();
  }

  @LocalServerPort int port;
  @Autowired Pseudonyms pseudonyms;

  @Test
  void everyKeyOfAWholeSessionIsInTheTableWithItsTtl() throws Exception {
    ChatSession chat = new ChatSession(line, port, "tester:key-table-secret").lineAccepts();
    String erases = LineWebhookFixture.userId();
    String blocks = LineWebhookFixture.userId();
    String stays = LineWebhookFixture.userId();
    for (String user : List.of(erases, blocks, stays)) {
      chat.send(
          LineWebhookFixture.body(
              LineWebhookFixture.follow(
                  user, LineWebhookFixture.eventId(), LineWebhookFixture.replyToken())));
      JsonNode found = chat.text(user, "高松で居場所を探しています");
      JsonNode saved = chat.tap(user, saveButtonData(found));
      chat.tap(user, quickReplyData(saved, "3日後にもう一度見せて"));
      chat.text(user, "保存した場所");
      chat.text(user, "宇宙船の操縦を習いたい");
      chat.text(user, "今月のイベント");
      chat.tap(user, "a=notices.start");
      chat.tap(user, "a=notices.pref&p=香川県");
      chat.tap(user, "a=notices.add&k=香川県/高松市");
      chat.tap(user, "a=notices.who");
      chat.tap(user, "a=notices.save&w=all");
    }
    chat.text(blocks, "死にたい");
    String hello =
        LineWebhookFixture.text(
            blocks, LineWebhookFixture.eventId(), LineWebhookFixture.replyToken(), "こんにちは");
    chat.send(
        LineWebhookFixture.body(
            LineWebhookFixture.inGroup(hello, "C0123456789abcdef0123456789abcdef")));
    String areas = "{\"areas\":[{\"prefecture\":\"香川県\",\"municipality\":\"高松市\"}]}";
    chat.staff("/admin/api/notices/estimate", areas);
    chat.awaitDone(chat.staff("/admin/api/events/e1/notices", areas));
    int before = chat.multicasts().size();
    chat.awaitDone(
        chat.staff(
            "/admin/api/events/e1/survey", "{\"sendAt\":\"" + EventsFixture.NOW.instant() + "\"}"));
    JsonNode question = json.readTree(chat.multicasts().get(before).getBodyAsString());
    JsonNode answers = question.at("/messages/0/quickReply/items");
    for (String user : List.of(erases, blocks, stays)) {
      chat.tap(user, answers.get(0).at("/action/data").asText());
      chat.tap(user, answers.get(0).at("/action/data").asText());
      chat.tap(user, "n=survey_comment");
      chat.text(user, "山田です。090-1234-5678 また行きたい");
    }
    // The staff chat last: the bot is quiet for them from here on, but erasing and blocking still
    // reach them (「データを消して」 brings the bot back first, with a note before the confirmation).
    for (String user : List.of(erases, blocks, stays)) {
      chat.tap(user, "a=handoff.start");
    }
    JsonNode confirm = chat.text(erases, "データを消して");
    int last = confirm.at("/messages").size() - 1;
    chat.tap(erases, confirm.at("/messages/" + last + "/quickReply/items/0/action/data").asText());
    chat.send(
        LineWebhookFixture.body(LineWebhookFixture.unfollow(blocks, LineWebhookFixture.eventId())));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> holding(Set.of(blocks, pseudonyms.of(blocks))).isEmpty());

    List<Row> table = table();
    Map<String, String> unlisted = new TreeMap<>();
    Map<String, String> withoutTtl = new TreeMap<>();
    Set<String> rowsSeen = new TreeSet<>();
    for (String key : keys()) {
      Row row =
          table.stream().filter(r -> r.pattern.matcher(key).matches()).findFirst().orElse(null);
      if (row == null) {
        unlisted.put(key, redis.type(key).code());
        continue;
      }
      rowsSeen.add(row.key);
      Long ttl = redis.getExpire(key);
      if (row.expires && (ttl == null || ttl < 0)) {
        withoutTtl.put(key, row.key);
      }
    }
    assertThat(unlisted).as("keys the table in %s does not list", DOC).isEmpty();
    assertThat(withoutTtl).as("keys without the TTL their row states").isEmpty();
    assertThat(holding(Set.of(erases, pseudonyms.of(erases))))
        .as("keys still holding the erased person")
        .isEmpty();
    assertThat(holding(Set.of(blocks, pseudonyms.of(blocks))))
        .as("keys still holding the person who blocked the bot")
        .isEmpty();
    assertThat(rowsSeen)
        .as("the session wrote the kinds of keys it is meant to check")
        .contains(
            "jb:rl:<pseudonym>",
            "jb:dedup:<event id>",
            "jb:{directory}:entries",
            "jb:{directory}:version",
            "jb:{stats}:questions:<date>",
            "jb:notices:u:<pseudonym>",
            "jb:saved:<pseudonym>",
            "jb:{remind}:r:<pseudonym>",
            "jb:{remind}:due",
            "jb:{remind}:m:<month>",
            "jb:notices:{subs}:a:<area>",
            "jb:notices:s:<event id>:who",
            "jb:notices:s:<event id>:c",
            "jb:notices:s:p:<pseudonym>",
            "jb:{handoff}:p:<pseudonym>",
            "jb:{handoff}:waiting");
  }

  /** The data of the first card's 「あとで見る」 button in a search answer. */
  static String saveButtonData(JsonNode reply) {
    for (JsonNode message : reply.at("/messages")) {
      for (JsonNode button : message.at("/contents/contents/0/footer/contents")) {
        if ("あとで見る".equals(button.at("/action/label").asText())) {
          return button.at("/action/data").asText();
        }
      }
    }
    throw new AssertionError("no card with 「あとで見る」 in " + reply);
  }

  /** The data of the last message's quick reply labelled {@code label}. */
  static String quickReplyData(JsonNode reply, String label) {
    JsonNode messages = reply.at("/messages");
    for (JsonNode item : messages.get(messages.size() - 1).at("/quickReply/items")) {
      if (label.equals(item.at("/action/label").asText())) {
        return item.at("/action/data").asText();
      }
    }
    throw new AssertionError("no quick reply " + label + " in " + reply);
  }

  /** One row of the table: its key pattern and whether it states a TTL. */
  record Row(String key, Pattern pattern, boolean expires) {}

  static List<Row> table() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf("## Every key the bot writes");
    assertThat(start).as("%s has the key table", DOC).isPositive();
    Pattern row = Pattern.compile("^\\| `([^`]+)` \\|[^|]*\\| ([^|]*) \\|", Pattern.MULTILINE);
    Matcher m = row.matcher(doc.substring(start, doc.indexOf("\n## ", start + 3)));
    List<Row> rows = new ArrayList<>();
    while (m.find()) {
      String key = m.group(1);
      List<String> literal = new ArrayList<>();
      for (String part : key.split("<[^>]+>", -1)) {
        literal.add(Pattern.quote(part));
      }
      Pattern pattern = Pattern.compile(String.join("[^:]+", literal));
      rows.add(new Row(key, pattern, !m.group(2).startsWith("none")));
    }
    assertThat(rows).as("rows of the key table").hasSizeGreaterThan(10);
    return rows;
  }

  static Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    try (Cursor<String> c = redis.scan(ScanOptions.scanOptions().count(1000).build())) {
      c.forEachRemaining(keys::add);
    }
    return keys;
  }

  /** Keys whose name or any value holds one of {@code values}. */
  static Map<String, String> holding(Set<String> values) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : keys()) {
      List<String> contents = new ArrayList<>(List.of(key));
      switch (redis.type(key)) {
        case SET -> contents.addAll(redis.opsForSet().members(key));
        case LIST -> contents.addAll(redis.opsForList().range(key, 0, -1));
        case ZSET -> contents.addAll(redis.opsForZSet().range(key, 0, -1));
        case HASH ->
            redis
                .opsForHash()
                .entries(key)
                .forEach(
                    (k, v) -> {
                      contents.add(k.toString());
                      contents.add(v.toString());
                    });
        case STRING -> contents.add(redis.opsForValue().get(key));
        default -> {}
      }
      for (String c : contents) {
        if (c != null && values.stream().anyMatch(c::contains)) {
          out.put(key, c);
        }
      }
    }
    return out;
  }
}
