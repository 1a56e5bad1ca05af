package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * LINE takes 2 s per reply and ordinary messages fill the queue for a minute: a crisis message sent
 * then is answered in seconds, ahead of all of them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"junction.webhook.workers=2", "junction.webhook.queue-capacity=60"})
class CrisisLaneTests {

  static final WebhookProbe probe = new WebhookProbe();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry::add, "redis://127.0.0.1:6379/" + TestRedis.DATABASE);
  }

  @LocalServerPort int port;

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void aCrisisMessageIsAnsweredAheadOfAFullQueueWhileLineIsSlow() throws Exception {
    probe.port(port);
    probe.line.resetAll();
    probe.line.stubFor(
        post(urlEqualTo("/v2/bot/message/reply"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withFixedDelay(2_000)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sentMessages\":[]}")));
    // Two workers, 2 s a reply: 60 ordinary messages are a minute of work.
    for (int i = 0; i < 60; i++) {
      probe.send(body(LineWebhookFixture.text(userId(), eventId(), replyToken(), "メニュー")));
    }
    String token = replyToken();

    assertThat(
            probe
                .send(body(LineWebhookFixture.text(userId(), eventId(), token, "もう死にたい")))
                .statusCode())
        .isEqualTo(200);

    await().atMost(Duration.ofSeconds(10)).until(() -> !probe.repliesFor(token).isEmpty());
    assertThat(WebhookProbe.texts(probe.replyFor(token))).contains("0120");
    assertThat(probe.allReplies().size()).as("most ordinary messages still wait").isLessThan(30);
  }
}
