package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis stopped (the bot points at a closed port): the webhook still answers 200, and a crisis
 * message, a search and a menu tap all get their full replies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookRedisDownTests {

  static final WebhookProbe probe = new WebhookProbe();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry::add, "redis://127.0.0.1:1");
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
  void crisisMessageGetsTheCrisisLines() throws Exception {
    String token = replyToken();

    assertThat(
            probe
                .send(body(LineWebhookFixture.text(userId(), eventId(), token, "もう死にたい")))
                .statusCode())
        .isEqualTo(200);

    JsonNode reply = probe.replyFor(token);
    assertThat(WebhookProbe.texts(reply))
        .contains("0120-279-338", "0570-783-556", "0120-061-338", "0570-064-556", "119");
    assertThat(reply.at("/messages").size()).isBetween(2, 5);
  }

  @Test
  void aCrisisMessageInAGroupGetsTheCrisisLinesToo() throws Exception {
    String token = replyToken();
    String inGroup =
        LineWebhookFixture.inGroup(
            LineWebhookFixture.text(userId(), eventId(), token, "しにたい"),
            "C" + userId().substring(1));

    assertThat(probe.send(body(inGroup)).statusCode()).isEqualTo(200);

    assertThat(WebhookProbe.texts(probe.replyFor(token))).contains("0120-279-338");
  }

  @Test
  void searchStillFindsPlaces() throws Exception {
    String token = replyToken();

    assertThat(
            probe
                .send(body(LineWebhookFixture.text(userId(), eventId(), token, "居場所 坂出")))
                .statusCode())
        .isEqualTo(200);

    JsonNode reply = probe.replyFor(token);
    assertThat(reply.toString()).contains("しおのえ");
  }

  @Test
  void menuAndGreetingStillAnswer() throws Exception {
    String menu = replyToken();
    String follow = replyToken();

    probe.send(body(LineWebhookFixture.postback(userId(), eventId(), menu, "n=menu")));
    probe.send(body(LineWebhookFixture.follow(userId(), eventId(), follow)));

    assertThat(WebhookProbe.texts(probe.replyFor(menu))).contains("メニュー");
    assertThat(WebhookProbe.texts(probe.replyFor(follow))).contains("データを消して");
  }

  @Test
  void erasingSaysKindlyWhatCannotBeErasedNow() throws Exception {
    String token = replyToken();

    probe.send(body(LineWebhookFixture.postback(userId(), eventId(), token, "a=privacy.erase")));

    assertThat(WebhookProbe.texts(probe.replyFor(token))).contains("いま消せませんでした");
  }
}
