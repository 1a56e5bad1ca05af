package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * LINE fails a reply: a crisis answer is tried again within the reply token's life and, if the
 * reply never goes out, pushed to the person under one {@code X-Line-Retry-Key}; an invalid token
 * is never tried again; other answers are tried again on 5xx and 429 only.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"junction.line.reply.backoff=50ms"})
@ExtendWith(OutputCaptureExtension.class)
class CrisisReplyRetryTests {

  static final WebhookProbe probe = new WebhookProbe();
  static final String REPLY = "/v2/bot/message/reply";
  static final String PUSH = "/v2/bot/message/push";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry::add, "redis://127.0.0.1:6379/" + TestRedis.DATABASE);
  }

  @LocalServerPort int port;

  @BeforeEach
  void connect() {
    probe.port(port);
    probe.line.resetAll();
    probe.line.stubFor(post(urlEqualTo(PUSH)).willReturn(ok()));
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void aCrisisReplyThatFailsTwiceGoesOutOnTheThirdTryAndIsNotPushed() throws Exception {
    failReplies(2, 500);
    String token = replyToken();

    probe.send(body(LineWebhookFixture.text(userId(), eventId(), token, "もう死にたい")));

    await().atMost(Duration.ofSeconds(10)).until(() -> replies(token).size() == 3);
    Thread.sleep(300);
    assertThat(pushes()).isEmpty();
  }

  @Test
  void aCrisisReplyLineNeverTakesIsPushedOnceUnderOneRetryKey(CapturedOutput output)
      throws Exception {
    probe.line.stubFor(post(urlEqualTo(REPLY)).willReturn(status(502)));
    probe.line.resetRequests();
    probe.line.stubFor(
        post(urlEqualTo(PUSH))
            .inScenario("push")
            .whenScenarioStateIs(STARTED)
            .willReturn(status(500))
            .willSetStateTo("up"));
    probe.line.stubFor(
        post(urlEqualTo(PUSH)).inScenario("push").whenScenarioStateIs("up").willReturn(ok()));
    String user = userId();
    String token = replyToken();

    probe.send(body(LineWebhookFixture.text(user, eventId(), token, "もう死にたい")));

    await().atMost(Duration.ofSeconds(15)).until(() -> pushes().size() == 2);
    List<LoggedRequest> pushes = pushes();
    assertThat(replies(token)).hasSize(4);
    assertThat(pushes.get(0).getBodyAsString()).contains(user).contains("0120");
    String key = pushes.get(0).getHeader("X-Line-Retry-Key");
    assertThat(key).isNotBlank();
    assertThat(pushes.get(1).getHeader("X-Line-Retry-Key")).isEqualTo(key);
    await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("went by push"));
    assertThat(output.getOut()).doesNotContain(user);
  }

  @Test
  void anInvalidTokenIsNeverTriedAgainAndARedeliveryAfterThePushIsNotPushedTwice()
      throws Exception {
    probe.line.stubFor(post(urlEqualTo(REPLY)).willReturn(invalidToken()));
    String token = replyToken();
    String event = LineWebhookFixture.text(userId(), eventId(), token, "もう死にたい");

    probe.send(body(event));
    await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() == 1);
    probe.send(body(LineWebhookFixture.redelivered(event)));
    Thread.sleep(700);

    assertThat(replies(token)).as("one try per delivery").hasSize(2);
    assertThat(pushes()).hasSize(1);
  }

  @Test
  void anOrdinaryReplyIsTriedAgainOn429ButNeverOn400AndNeverPushed() throws Exception {
    failReplies(1, 429);
    String token = replyToken();
    probe.send(body(LineWebhookFixture.text(userId(), eventId(), token, "メニュー")));
    await().atMost(Duration.ofSeconds(10)).until(() -> replies(token).size() == 2);

    probe.line.resetAll();
    probe.line.stubFor(post(urlEqualTo(REPLY)).willReturn(invalidToken()));
    String spent = replyToken();
    probe.send(body(LineWebhookFixture.text(userId(), eventId(), spent, "メニュー")));
    await().atMost(Duration.ofSeconds(10)).until(() -> replies(spent).size() == 1);
    Thread.sleep(500);

    assertThat(replies(spent)).hasSize(1);
    assertThat(pushes()).isEmpty();
  }

  private void failReplies(int times, int status) {
    String state = STARTED;
    for (int i = 0; i < times; i++) {
      probe.line.stubFor(
          post(urlEqualTo(REPLY))
              .inScenario("reply")
              .whenScenarioStateIs(state)
              .willReturn(status(status))
              .willSetStateTo("failed-" + i));
      state = "failed-" + i;
    }
    probe.line.stubFor(
        post(urlEqualTo(REPLY)).inScenario("reply").whenScenarioStateIs(state).willReturn(ok()));
  }

  private static List<LoggedRequest> replies(String token) {
    return probe.line.findAll(
        postRequestedFor(urlEqualTo(REPLY))
            .withRequestBody(matchingJsonPath("$.replyToken", equalTo(token))));
  }

  private static List<LoggedRequest> pushes() {
    return probe.line.findAll(postRequestedFor(urlEqualTo(PUSH)));
  }

  private static ResponseDefinitionBuilder ok() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"sentMessages\":[]}");
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"try later\"}");
  }

  private static ResponseDefinitionBuilder invalidToken() {
    return aResponse()
        .withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Invalid reply token\"}");
  }
}
