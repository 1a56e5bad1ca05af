package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.handoff.StaffChat;
import jp.junction.bot.system.JapanTime;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff chat through signed webhooks into the real app and dialogs, on a Wednesday at 14:00 in
 * Japan (staff answer weekdays 10:00–17:00), with WireMock as LINE: 「人と話したい」 gets the people who
 * answer with the staff chat first; 「スタッフと話したい」 makes the bot quiet — nothing is sent for the
 * person's messages, except the crisis answer — and 「メニュー」 brings it back with a note. The staff
 * count follows.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.handoff.enabled=true",
      "junction.handoff.days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
      "junction.handoff.hours=10:00-17:00",
      "junction.handoff.quiet-for=60m"
    })
@Import(HandoffOverWebhookTests.WednesdayAfternoon.class)
class HandoffOverWebhookTests {

  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 2, 14, 0, 0, 0, JapanTime.ZONE);
  static final WebhookProbe probe = new WebhookProbe();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry, ownKeys);
    registry.add("junction.handoff.key-prefix", () -> ownKeys.prefix() + "{handoff}:");
  }

  /** Time runs from Wednesday 2 December 2026, 14:00 in Japan. */
  @TestConfiguration
  static class WednesdayAfternoon {
    @Bean
    @Primary
    Clock wednesdayAfternoon() {
      return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW.toInstant()));
    }
  }

  @LocalServerPort int port;
  @Autowired StaffChat staffChat;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void askedForAPersonTheBotSaysItIsABotAndOffersStaffAndTheNationalLines() throws Exception {
    JsonNode reply = say(userId(), "相談員と話せる？");

    String all = WebhookProbe.texts(reply);
    assertThat(all)
        .contains("botで、人ではありません")
        .contains("0120-279-338")
        .contains("あなたのいばしょ")
        .contains("月曜〜金曜の10:00〜17:00")
        .contains("いまは受付の時間です")
        .doesNotContain("見つけました");
    assertThat(labels(lastQuickReplies(reply))).startsWith("スタッフと話したい");
  }

  @Test
  void withStaffAnsweringTheBotStaysQuietExceptForTheCrisisAnswerUntilMenu() throws Exception {
    String user = userId();
    JsonNode offer = say(user, "人と話したい");
    long before = staffChat.waiting().orElseThrow();
    String tap = data(lastQuickReplies(offer), "スタッフと話したい");

    JsonNode started = tap(user, tap);

    assertThat(WebhookProbe.texts(started))
        .contains("スタッフにつなぎます")
        .contains("60分")
        .contains("「メニュー」か「ボットに戻る」");
    assertThat(staffChat.waiting()).hasValue(before + 1);

    String quiet = replyToken();
    String crisis = replyToken();
    send(
        body(
            LineWebhookFixture.text(user, eventId(), quiet, "家族のことで話を聞いてほしいです"),
            LineWebhookFixture.text(user, eventId(), crisis, "もう死にたい")));
    assertThat(WebhookProbe.texts(probe.replyFor(crisis))).contains("0120-279-338");
    assertThat(probe.repliesFor(quiet)).as("no answer while staff answer").isEmpty();

    String stillQuiet = replyToken();
    String menu = replyToken();
    send(
        body(
            LineWebhookFixture.text(user, eventId(), stillQuiet, "まだ待っています"),
            LineWebhookFixture.text(user, eventId(), menu, "メニュー")));
    JsonNode back = probe.replyFor(menu);
    assertThat(probe.repliesFor(stillQuiet)).isEmpty();
    assertThat(back.at("/messages/0/text").asText()).contains("botに戻りました");
    assertThat(back.at("/messages/1/text").asText()).contains("メニューです");
    assertThat(staffChat.waiting()).hasValue(before);

    assertThat(WebhookProbe.texts(say(user, "まだ待っています"))).doesNotContain("botに戻りました");
  }

  private JsonNode say(String user, String text) throws Exception {
    String token = replyToken();
    send(body(LineWebhookFixture.text(user, eventId(), token, text)));
    return probe.replyFor(token);
  }

  private JsonNode tap(String user, String data) throws Exception {
    String token = replyToken();
    send(body(LineWebhookFixture.postback(user, eventId(), token, data)));
    return probe.replyFor(token);
  }

  private void send(String body) throws Exception {
    assertThat(probe.send(body).statusCode()).isEqualTo(200);
  }

  private static JsonNode lastQuickReplies(JsonNode reply) {
    return reply.at("/messages/" + (reply.at("/messages").size() - 1) + "/quickReply/items");
  }

  private static List<String> labels(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(item -> out.add(item.at("/action/label").asText()));
    return out;
  }

  private static String data(JsonNode items, String label) {
    for (JsonNode item : items) {
      if (label.equals(item.at("/action/label").asText())) {
        return item.at("/action/data").asText();
      }
    }
    throw new AssertionError("no quick reply " + label + " in " + items);
  }
}
