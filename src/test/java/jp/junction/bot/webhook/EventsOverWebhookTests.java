package jp.junction.bot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
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
 * Events asked about through signed webhooks, as a new person would (issue 13): a town said as not
 * wanted (「高松以外で女子会ある？」) has none of its own events in the answer, and the answer says so instead
 * of 「高松市の近くで…」; the next question of the conversation keeps it avoided.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "junction.notices.worker-enabled=false")
class EventsOverWebhookTests {

  /** The shared fixture with a women's meeting in 高松 itself, which the answer must leave out. */
  static final String CSV =
      EventsFixture.CSV
          + "e9,たかまつ女子会,2026-12-06T13:30+09:00,2026-12-06T15:30+09:00,香川県,高松市,"
          + "瓦町会議室,false,self,true,,,r1\n";

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final WebhookProbe probe = new WebhookProbe();
  static StringRedisTemplate cleanup;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(CSV));
    probe
        .properties("")
        .forEach(
            (name, value) -> {
              if (name.startsWith("junction.line.")) {
                registry.add(name, value);
              }
            });
  }

  @LocalServerPort int port;
  @Autowired StringRedisTemplate redis;

  @AfterAll
  static void stop() {
    probe.stop();
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void aTownSaidAsNotWantedIsLeftOutOfTheEventsAndTheAnswerSaysSo() throws Exception {
    cleanup = redis;
    String user = LineWebhookFixture.userId();

    JsonNode near = text(user, "高松で女子会ある？");
    assertThat(near.toString()).contains("たかまつ女子会");

    JsonNode avoiding = text(user, "高松以外で女子会ある？");
    assertThat(avoiding.at("/messages/0/text").asText())
        .startsWith("高松市以外で、")
        .contains("高松市で開かれる会は入れていません")
        .doesNotContain("近くで");
    assertThat(avoiding.toString()).contains("オンライン女子会").doesNotContain("たかまつ女子会");

    JsonNode next = text(user, "次の会は？");
    assertThat(next.at("/messages/0/text").asText()).startsWith("高松市以外で、");
    assertThat(next.toString()).doesNotContain("たかまつ");
  }

  private JsonNode text(String user, String text) throws Exception {
    String token = LineWebhookFixture.replyToken();
    probe
        .port(port)
        .send(
            LineWebhookFixture.body(
                LineWebhookFixture.text(user, LineWebhookFixture.eventId(), token, text)));
    return probe.replyFor(token);
  }
}
