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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Remind me later" through signed webhooks with WireMock as LINE and a clock the test moves: a
 * save offers 「○日後にもう一度見せて」, the tap books it, and exactly one push goes out at 10:00 JST on that
 * day (none at 09:59), with the place's card, under one retry key also when LINE first fails; a
 * reminder found in quiet hours waits for the next 10:00; a stopped one never goes; at the monthly
 * cap reminders are not offered and the bot says so. Each test uses a month of its own.
 */
@Import(RemindersOverWebhookTests.MovableClock.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.saved.reminders.poll=20ms",
      "junction.saved.reminders.lease=2s",
      "junction.saved.reminders.monthly-cap=2"
    })
class RemindersOverWebhookTests {

  static final AtomicReference<Instant> NOW = new AtomicReference<>();
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
          return now == null ? Instant.now() : now;
        }
      };
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry, ownKeys);
  }

  @LocalServerPort int port;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
    pushAnswers(200);
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void oneReminderGoesOutAtTenOnTheChosenDayAndOnlyOnce() throws Exception {
    NOW.set(Instant.parse("2027-01-05T06:00:00Z")); // 15:00 JST
    String user = userId();
    JsonNode saved = saveFirstCard(user);
    assertThat(quickLabels(saved)).contains("1日後にもう一度見せて", "3日後にもう一度見せて");
    String name = savedName;

    JsonNode booked = tapQuick(user, saved, "1日後にもう一度見せて");
    assertThat(WebhookProbe.texts(booked)).contains("1月6日の10:00ごろ").contains("1回だけ");
    assertThat(quickLabels(booked)).contains("リマインドをやめる");

    NOW.set(Instant.parse("2027-01-06T00:59:00Z")); // 09:59 JST
    Thread.sleep(300);
    assertThat(pushes()).isEmpty();

    // LINE fails the first push: the next one carries the same retry key.
    pushAnswers(500, 200);
    NOW.set(Instant.parse("2027-01-06T01:00:00Z")); // 10:00 JST
    await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() == 1);
    NOW.set(Instant.parse("2027-01-06T01:00:05Z")); // past the 2 s lease
    await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() == 2);
    Thread.sleep(300);
    List<LoggedRequest> pushes = pushes();
    assertThat(pushes).hasSize(2);
    assertThat(pushes.get(1).getHeader("X-Line-Retry-Key"))
        .isEqualTo(pushes.get(0).getHeader("X-Line-Retry-Key"));
    JsonNode push = JSON.readTree(pushes.get(1).getBodyAsString());
    assertThat(push.at("/to").asText()).isEqualTo(user);
    assertThat(push.at("/messages/0/text").asText()).contains("もう一度見せて");
    assertThat(push.at("/messages/1/contents/contents/0/body/contents/0/text").asText())
        .isEqualTo(name);

    NOW.set(Instant.parse("2027-01-07T01:00:00Z"));
    Thread.sleep(300);
    assertThat(pushes()).as("one push only").hasSize(2);
  }

  @Test
  void aReminderFoundInQuietHoursWaitsForTheNextTenAndAStoppedOneNeverGoes() throws Exception {
    NOW.set(Instant.parse("2027-02-05T06:00:00Z"));
    String late = userId();
    String stops = userId();
    tapQuick(late, saveFirstCard(late), "1日後にもう一度見せて");
    JsonNode booked = tapQuick(stops, saveFirstCard(stops), "1日後にもう一度見せて");
    JsonNode stopped = tapQuick(stops, booked, "リマインドをやめる");
    assertThat(WebhookProbe.texts(stopped)).contains("リマインドをやめました");

    NOW.set(Instant.parse("2027-02-06T14:00:00Z")); // 23:00 JST: the sender was down at 10:00
    Thread.sleep(300);
    assertThat(pushes()).isEmpty();

    NOW.set(Instant.parse("2027-02-07T01:00:00Z")); // the next 10:00 JST
    await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() == 1);
    Thread.sleep(300);
    assertThat(pushes()).hasSize(1);
    assertThat(JSON.readTree(pushes().get(0).getBodyAsString()).at("/to").asText()).isEqualTo(late);
  }

  @Test
  void atTheMonthlyCapRemindersAreNotOfferedAndTheBotSaysSo() throws Exception {
    NOW.set(Instant.parse("2027-03-05T06:00:00Z"));
    for (int i = 0; i < 2; i++) {
      String user = userId();
      tapQuick(user, saveFirstCard(user), "3日後にもう一度見せて");
    }
    String third = userId();
    JsonNode saved = saveFirstCard(third);
    assertThat(WebhookProbe.texts(saved)).contains("受付がいっぱい");
    assertThat(quickLabels(saved)).noneMatch(l -> l.contains("もう一度見せて"));
    assertThat(WebhookProbe.texts(tap(third, "a=saved.remind&id=r001&d=3"))).contains("受付がいっぱい");
  }

  @Test
  void aDayPickedInLinesDatePickerIsBookedForTenThatDayAndADayOutOfRangeIsNot() throws Exception {
    NOW.set(Instant.parse("2027-05-05T06:00:00Z")); // 15:00 JST
    String user = userId();
    JsonNode saved = saveFirstCard(user);
    JsonNode messages = saved.at("/messages");
    JsonNode picker = null;
    for (JsonNode item : messages.get(messages.size() - 1).at("/quickReply/items")) {
      if ("datetimepicker".equals(item.at("/action/type").asText())) {
        picker = item.at("/action");
      }
    }
    assertThat(picker).as("a date picker among " + quickLabels(saved)).isNotNull();
    assertThat(picker.at("/label").asText()).isEqualTo("日付をえらぶ");
    assertThat(picker.at("/mode").asText()).isEqualTo("date");
    assertThat(picker.at("/min").asText()).isEqualTo("2027-05-06");
    assertThat(picker.at("/max").asText()).isEqualTo("2027-07-04");
    String data = picker.at("/data").asText();

    JsonNode tooFar = pick(user, data, "2027-09-01");
    assertThat(WebhookProbe.texts(tooFar)).doesNotContain("10:00ごろ");

    JsonNode booked = pick(user, data, "2027-05-20");
    assertThat(WebhookProbe.texts(booked)).contains("5月20日の10:00ごろ");

    NOW.set(Instant.parse("2027-05-20T01:00:00Z")); // 10:00 JST that day
    await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() == 1);
    assertThat(JSON.readTree(pushes().get(0).getBodyAsString()).at("/to").asText()).isEqualTo(user);
  }

  private JsonNode pick(String user, String data, String date) throws Exception {
    String token = replyToken();
    probe.send(body(LineWebhookFixture.datePicked(user, eventId(), token, data, date)));
    return probe.replyFor(token);
  }

  private String savedName;

  /** Asks, taps the first card's 「あとで見る」, and answers the save's reply. */
  private JsonNode saveFirstCard(String user) throws Exception {
    JsonNode found = say(user, "前橋で居場所を探しています");
    for (JsonNode message : found.at("/messages")) {
      JsonNode bubble = message.at("/contents/contents/0");
      for (JsonNode button : bubble.at("/footer/contents")) {
        if ("あとで見る".equals(button.at("/action/label").asText())) {
          savedName = bubble.at("/body/contents/0/text").asText();
          return tap(user, button.at("/action/data").asText());
        }
      }
    }
    throw new AssertionError("no card with あとで見る in " + found);
  }

  /** LINE's push answers these statuses in turn, the last one from then on. */
  private void pushAnswers(int... statuses) {
    probe.line.getStubMappings().stream()
        .filter(m -> "/v2/bot/message/push".equals(m.getRequest().getUrl()))
        .toList()
        .forEach(probe.line::removeStubMapping);
    probe.line.resetScenarios();
    String state = Scenario.STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = i + 1 < statuses.length ? "after-" + i : state;
      probe.line.stubFor(
          post(urlEqualTo("/v2/bot/message/push"))
              .inScenario("push")
              .whenScenarioStateIs(state)
              .willSetStateTo(next)
              .willReturn(
                  aResponse()
                      .withStatus(statuses[i])
                      .withHeader("Content-Type", "application/json")
                      .withHeader("X-Line-Request-Id", "push-" + i)
                      .withBody(statuses[i] == 200 ? "{\"sentMessages\":[]}" : "{}")));
      state = next;
    }
  }

  private List<LoggedRequest> pushes() {
    return probe.line.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/push")));
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

  private JsonNode tapQuick(String user, JsonNode reply, String label) throws Exception {
    JsonNode messages = reply.at("/messages");
    for (JsonNode item : messages.get(messages.size() - 1).at("/quickReply/items")) {
      if (label.equals(item.at("/action/label").asText())) {
        return tap(user, item.at("/action/data").asText());
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
