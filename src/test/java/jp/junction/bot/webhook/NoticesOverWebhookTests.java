package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.privacy.Pseudonyms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 「お知らせ」 end to end: people subscribe by signed webhook events, one stops in chat, one blocks the
 * bot, staff send a notice through the API, and WireMock (as LINE) sees exactly who got it.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.admin.user=tester",
      "junction.admin.password=webhook-secret",
      "junction.notices.poll=20ms"
    })
class NoticesOverWebhookTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final WireMockServer line = new WireMockServer(options().dynamicPort());
  static final ObjectMapper json = new ObjectMapper();
  static StringRedisTemplate cleanup;

  static {
    line.start();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
    registry.add("junction.line.channel-secret", () -> LineWebhookFixture.SECRET);
    registry.add("junction.line.channel-token", () -> "test-channel-token");
    registry.add("junction.line.api-base-url", line::baseUrl);
  }

  @LocalServerPort int port;
  @Autowired StringRedisTemplate redis;
  @Autowired Pseudonyms pseudonyms;

  @AfterAll
  static void stop() {
    line.stop();
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void onlyPeopleStillSubscribedGetTheNoticeAfterStoppingInChatAndBlocking() throws Exception {
    cleanup = redis;
    ChatSession chat = new ChatSession(line, port, "tester:webhook-secret").lineAccepts();
    String stays = LineWebhookFixture.userId();
    String stops = LineWebhookFixture.userId();
    String blocks = LineWebhookFixture.userId();
    for (String user : List.of(stays, stops, blocks)) {
      assertThat(chat.text(user, "お知らせ").at("/messages/1/quickReply/items/1/action/label").asText())
          .isEqualTo("香川県");
      chat.tap(user, "a=notices.pref&p=香川県");
      chat.tap(user, "a=notices.add&k=香川県/高松市");
      chat.tap(user, "a=notices.who");
      assertThat(chat.tap(user, "a=notices.save&w=all").at("/messages/0/text").asText())
          .startsWith("登録しました");
    }
    assertThat(chat.text(stops, "お知らせ停止").at("/messages/0/text").asText()).contains("香川県高松市");
    assertThat(chat.tap(stops, "a=notices.stop&k=*").at("/messages/0/text").asText())
        .startsWith("お知らせをすべて止めました");
    chat.send(
        LineWebhookFixture.body(LineWebhookFixture.unfollow(blocks, LineWebhookFixture.eventId())));
    String subscribers = PREFIX + "notices:a:香川県/高松市";
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !Boolean.TRUE.equals(
                    redis.opsForSet().isMember(subscribers, pseudonyms.of(blocks))));

    JsonNode notice =
        chat.staff(
            "/admin/api/events/e1/notices",
            "{\"areas\":[{\"prefecture\":\"香川県\"," + "\"municipality\":\"高松市\"}]}");
    String status = "/admin/api/notices/" + notice.get("id").asText();
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> chat.staff(status, null).get("status").asText().equals("done"));

    List<String> reached = new ArrayList<>();
    for (LoggedRequest r : chat.multicasts()) {
      json.readTree(r.getBodyAsString()).get("to").forEach(n -> reached.add(n.asText()));
    }
    assertThat(reached).containsExactly(stays);
    assertThat(chat.staff(status, null).get("delivered").asLong()).isEqualTo(1);
  }
}
