package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.Events;
import jp.junction.bot.events.EventsFixture;
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
 * "Remind me" of an event through signed webhooks, WireMock as LINE and a clock the test moves (the
 * events of {@link EventsFixture}, today 2026-11-26): an event card's 「知らせてほしい」 offers 「前の日に知らせて」
 * and only the days before the event; the tap books it and exactly one push goes out at 10:00 JST
 * on the day before (none at 09:59) with the event's card as it is then; a cancelled event's push
 * says so without a card; a forged tap books nothing. Each test follows its own person's pushes.
 */
@Import(EventRemindersOverWebhookTests.MovableClock.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.saved.reminders.poll=20ms",
      "junction.saved.reminders.lease=2s",
      "junction.notices.worker-enabled=false"
    })
class EventRemindersOverWebhookTests {

  static final AtomicReference<Instant> NOW = new AtomicReference<>();
  static final Instant TODAY_NOON = EventsFixture.NOW.instant(); // 2026-11-26 12:00 JST
  static final WebhookProbe probe = new WebhookProbe();
  static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  /** The bean clock, at {@link #NOW}. */
  @TestConfiguration(proxyBeanMethods = false)
  static class MovableClock {
    @Bean
    @Primary
    Clock movableClock() {
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          Instant now = NOW.get();
          return now == null ? TODAY_NOON : now;
        }
      };
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    probe
        .properties("")
        .forEach(
            (name, value) -> {
              if (!name.equals("junction.redis.url") && !name.equals("junction.data-dir")) {
                registry.add(name, value);
              }
            });
    ownKeys.register(registry);
    registry.add("junction.data-dir", FeatureTestSupport.dataDir(EventsFixture.CSV)::toString);
  }

  @LocalServerPort int port;
  @Autowired Events events;

  @BeforeEach
  void connect() {
    NOW.set(TODAY_NOON);
    probe.port(port).stubReplies();
    probe.line.stubFor(
        post(urlEqualTo("/v2/bot/message/push"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sentMessages\":[]}")));
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void theDayBeforeSendsOnePushAtTenWithTheEventAsItIsThen() throws Exception {
    String user = userId();
    JsonNode offer = remindOf(user, "たかまつラウンジ 12月"); // 2026-12-12 13:30
    assertThat(WebhookProbe.texts(offer)).contains("たかまつラウンジ 12月").contains("12月12日(土)");
    assertThat(quickLabels(offer))
        .startsWith("前の日に知らせて", "1日後にもう一度見せて", "3日後にもう一度見せて", "7日後にもう一度見せて");
    JsonNode picker = quickAction(offer, "日付をえらぶ");
    assertThat(picker.at("/mode").asText()).isEqualTo("date");
    assertThat(picker.at("/min").asText()).isEqualTo("2026-11-27");
    assertThat(picker.at("/max").asText()).as("never after the event").isEqualTo("2026-12-12");

    JsonNode booked = tap(user, quickAction(offer, "前の日に知らせて").at("/data").asText());
    assertThat(WebhookProbe.texts(booked)).contains("12月11日の10:00ごろ").contains("1回だけ");
    assertThat(quickLabels(booked)).contains("リマインドをやめる");

    NOW.set(Instant.parse("2026-12-11T00:59:00Z")); // 09:59 JST
    Thread.sleep(300);
    assertThat(pushesTo(user)).isEmpty();

    NOW.set(Instant.parse("2026-12-11T01:00:00Z")); // 10:00 JST
    await().atMost(Duration.ofSeconds(10)).until(() -> pushesTo(user).size() == 1);
    JsonNode push = pushesTo(user).get(0);
    assertThat(push.at("/messages/0/text").asText()).contains("知らせてほしい").contains("これで終わり");
    JsonNode bubble = push.at("/messages/1/contents");
    assertThat(bubble.toString())
        .contains("たかまつラウンジ 12月")
        .contains("12月12日(土) 13:30〜15:30")
        .contains("瓦町会議室")
        .contains("申込不要")
        .as("nothing to book in a push")
        .doesNotContain("知らせてほしい");

    NOW.set(Instant.parse("2026-12-12T01:00:00Z"));
    Thread.sleep(300);
    assertThat(pushesTo(user)).as("one push only").hasSize(1);
  }

  @Test
  void aCancelledEventsPushSaysSoWithoutACard() throws Exception {
    String user = userId();
    JsonNode offer = remindOf(user, "前橋ラウンジ"); // 2026-12-20
    tap(user, quickAction(offer, "1日後にもう一度見せて").at("/data").asText());
    events.cancel("e6");

    NOW.set(Instant.parse("2026-11-27T01:00:00Z")); // 10:00 JST the next day
    await().atMost(Duration.ofSeconds(10)).until(() -> pushesTo(user).size() == 1);
    JsonNode push = pushesTo(user).get(0);
    assertThat(push.at("/messages")).hasSize(1);
    assertThat(push.at("/messages/0/text").asText()).contains("「前橋ラウンジ」は、取りやめになりました");
  }

  @Test
  void anEventSoonOffersOnlyTheDaysBeforeItAndAForgedTapBooksNothing() throws Exception {
    String user = userId();
    JsonNode offer = remindOf(user, "たかまつ ミニラウンジ"); // 2026-11-28 14:00
    // The day before is tomorrow, which 「1日後」 would say again; 3 and 7 days are after it.
    assertThat(quickLabels(offer)).contains("前の日に知らせて").noneMatch(l -> l.endsWith("日後にもう一度見せて"));
    assertThat(quickAction(offer, "日付をえらぶ").at("/max").asText()).isEqualTo("2026-11-28");

    String unknown = "この会は、いまの予定に見つかりませんでした";
    assertThat(WebhookProbe.texts(tap(user, "a=saved.event_remind_book&id=nope&d=eve")))
        .contains(unknown);
    assertThat(WebhookProbe.texts(tap(user, "a=saved.event_remind_book&id=e8&d=7")))
        .contains(unknown);
    assertThat(WebhookProbe.texts(tap(user, "a=saved.event_remind_book&id=e4&d=eve")))
        .as("an event already over")
        .contains(unknown);
    String pick = quickAction(offer, "日付をえらぶ").at("/data").asText();
    for (String date : List.of("2026-11-29", "2026-11-26", "2026-11-20", "soon")) {
      String token = replyToken();
      probe.send(body(LineWebhookFixture.datePicked(user, eventId(), token, pick, date)));
      assertThat(WebhookProbe.texts(probe.replyFor(token))).as(date).contains(unknown);
    }
    assertThat(WebhookProbe.texts(tap(user, "a=saved.remind_stop")))
        .as("nothing was booked")
        .contains("いま、お送りする予定のリマインドはありません");
  }

  @Test
  void aMovedEventsPushSaysItChangedWithTheNewDateAndARemovedOnesSaysItIsNoLongerPlanned()
      throws Exception {
    events.create(staffEvent("ev-move", "2026-12-15T13:30+09:00"));
    events.create(staffEvent("ev-gone", "2026-12-15T13:30+09:00"));
    String moved = userId();
    String removed = userId();
    assertThat(WebhookProbe.texts(tap(moved, "a=saved.event_remind_book&id=ev-move&d=1")))
        .contains("11月27日の10:00ごろ");
    tap(removed, "a=saved.event_remind_book&id=ev-gone&d=1");
    events.update("ev-move", staffEvent("ev-move", "2026-12-16T18:00+09:00"));
    ownKeys.template().opsForHash().delete(ownKeys.prefix() + "events:stored", "ev-gone");

    NOW.set(Instant.parse("2026-11-27T01:00:00Z"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> pushesTo(moved).size() == 1 && pushesTo(removed).size() == 1);
    JsonNode change = pushesTo(moved).get(0);
    assertThat(change.at("/messages/0/text").asText()).contains("12月15日の予定が変わりました");
    assertThat(change.at("/messages/1/contents").toString()).contains("12月16日(水) 18:00");
    JsonNode gone = pushesTo(removed).get(0);
    assertThat(gone.at("/messages")).hasSize(1);
    assertThat(gone.at("/messages/0/text").asText()).contains("いまの予定にありません");
  }

  @Test
  void dataErasedAlsoErasesAnEventsReminder() throws Exception {
    String user = userId();
    tap(user, quickAction(remindOf(user, "たかまつラウンジ 12月"), "前の日に知らせて").at("/data").asText());

    JsonNode confirm = say(user, "データを消して");
    int last = confirm.at("/messages").size() - 1;
    tap(user, confirm.at("/messages/" + last + "/quickReply/items/0/action/data").asText());

    assertThat(WebhookProbe.texts(tap(user, "a=saved.remind_stop")))
        .contains("いま、お送りする予定のリマインドはありません");
  }

  private static java.util.Map<String, String> staffEvent(String id, String startsAt) {
    return java.util.Map.of(
        "id", id,
        "title", "高松 " + id,
        "starts_at", startsAt,
        "prefecture", "香川県",
        "municipality", "高松市",
        "venue", "瓦町会議室",
        "audience", "self");
  }

  /** Asks for the next lounges and taps 「知らせてほしい」 on the card titled {@code title}. */
  private JsonNode remindOf(String user, String title) throws Exception {
    JsonNode found = say(user, "次のラウンジは？");
    for (JsonNode message : found.at("/messages")) {
      for (JsonNode bubble : message.at("/contents/contents")) {
        if (!title.equals(bubble.at("/body/contents/0/text").asText())) {
          continue;
        }
        for (JsonNode button : bubble.at("/footer/contents")) {
          if ("知らせてほしい".equals(button.at("/action/label").asText())) {
            return tap(user, button.at("/action/data").asText());
          }
        }
      }
    }
    throw new AssertionError("no card " + title + " with 知らせてほしい in " + found);
  }

  private List<JsonNode> pushesTo(String user) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (var request : probe.line.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/push")))) {
      JsonNode push = JSON.readTree(request.getBodyAsString());
      if (user.equals(push.at("/to").asText())) {
        out.add(push);
      }
    }
    return out;
  }

  private JsonNode say(String user, String text) throws Exception {
    String token = replyToken();
    probe.send(body(LineWebhookFixture.text(user, eventId(), token, text)));
    return probe.replyFor(token);
  }

  private JsonNode tap(String user, String data) throws Exception {
    String token = replyToken();
    probe.send(body(LineWebhookFixture.postback(user, eventId(), token, data)));
    return probe.replyFor(token);
  }

  private static JsonNode quickAction(JsonNode reply, String label) {
    JsonNode messages = reply.at("/messages");
    for (JsonNode item : messages.get(messages.size() - 1).at("/quickReply/items")) {
      if (label.equals(item.at("/action/label").asText())) {
        return item.at("/action");
      }
    }
    throw new AssertionError("no quick reply " + label + " in " + reply);
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
