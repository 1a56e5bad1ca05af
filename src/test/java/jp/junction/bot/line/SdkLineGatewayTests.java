package jp.junction.bot.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK-backed gateway against WireMock: what goes out, and how LINE's answers are classified.
 */
class SdkLineGatewayTests {

  private final WireMockServer line = new WireMockServer(options().dynamicPort());
  private LineGateway gateway;

  @BeforeEach
  void start() {
    line.start();
    LineSettings settings =
        new LineSettings(
            "secret",
            "token-abc",
            line.baseUrl() + "/ignored/path",
            Duration.ofSeconds(2),
            64,
            Duration.ofMinutes(1));
    LineConfig config = new LineConfig();
    gateway =
        config.sdkLineGateway(
            config.lineClient(settings), new ChannelToken(java.time.Clock.systemUTC()));
  }

  @AfterEach
  void stop() {
    line.stop();
  }

  @Test
  void aReplyGoesToTheServerRootWithTheTokenAndMessages() {
    line.stubFor(post(urlEqualTo("/v2/bot/message/reply")).willReturn(json(200, "{}")));

    boolean sent = gateway.reply("rt-1", List.of(new OutgoingMessage.Text("こんにちは")));

    assertThat(sent).isTrue();
    line.verify(
        postRequestedFor(urlEqualTo("/v2/bot/message/reply"))
            .withHeader("Authorization", equalTo("Bearer token-abc")));
    assertThat(line.getAllServeEvents().get(0).getRequest().getBodyAsString())
        .contains("\"replyToken\":\"rt-1\"")
        .contains("こんにちは");
  }

  @Test
  void anInvalidReplyTokenIsReportedOnceAndNotRetried() {
    line.stubFor(
        post(urlEqualTo("/v2/bot/message/reply"))
            .willReturn(
                json(400, "{\"message\":\"Invalid reply token\"}")
                    .withHeader("X-Line-Request-Id", "req-400")));

    assertThat(gateway.reply("expired", List.of(new OutgoingMessage.Text("x")))).isFalse();
    assertThat(line.getAllServeEvents()).hasSize(1);
  }

  @Test
  void multicastSendsTheRetryKeyAndTheSilentFlag() {
    line.stubFor(post(urlEqualTo("/v2/bot/message/multicast")).willReturn(json(200, "{}")));
    UUID key = UUID.randomUUID();

    LineGateway.SendResult result =
        gateway.multicast(
            List.of("U1", "U2"), List.of(new OutgoingMessage.Text("お知らせ")), key, true);

    assertThat(result.outcome()).isEqualTo(LineGateway.SendResult.Outcome.DELIVERED);
    line.verify(
        postRequestedFor(urlEqualTo("/v2/bot/message/multicast"))
            .withHeader("X-Line-Retry-Key", equalTo(key.toString())));
    assertThat(line.getAllServeEvents().get(0).getRequest().getBodyAsString())
        .contains("\"notificationDisabled\":true")
        .contains("\"to\":[\"U1\",\"U2\"]");
  }

  @Test
  void answersAreClassifiedForTheRetryPolicy() {
    assertThat(outcomeFor(409)).isEqualTo(LineGateway.SendResult.Outcome.DELIVERED);
    assertThat(outcomeFor(500)).isEqualTo(LineGateway.SendResult.Outcome.RETRY);
    assertThat(outcomeFor(503)).isEqualTo(LineGateway.SendResult.Outcome.RETRY);
    assertThat(outcomeFor(429)).isEqualTo(LineGateway.SendResult.Outcome.RATE_LIMITED);
    assertThat(outcomeFor(400)).isEqualTo(LineGateway.SendResult.Outcome.FAILED);
    assertThat(outcomeFor(403)).isEqualTo(LineGateway.SendResult.Outcome.FAILED);
  }

  @Test
  void aConnectionFailureIsRetryable() {
    line.stop();

    LineGateway.SendResult result =
        gateway.push("U1", List.of(new OutgoingMessage.Text("x")), UUID.randomUUID());

    assertThat(result.outcome()).isEqualTo(LineGateway.SendResult.Outcome.RETRY);
  }

  private LineGateway.SendResult.Outcome outcomeFor(int status) {
    line.resetAll();
    line.stubFor(
        post(urlEqualTo("/v2/bot/message/push"))
            .willReturn(json(status, "{\"message\":\"x\"}").withHeader("X-Line-Request-Id", "r")));
    return gateway.push("U1", List.of(new OutgoingMessage.Text("x")), UUID.randomUUID()).outcome();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Test
  void theMonthsMessageCountAndThePlansLimitAreReadFromLine() {
    line.stubFor(
        get(urlEqualTo("/v2/bot/message/quota"))
            .willReturn(json(200, "{\"type\":\"limited\",\"value\":5000}")));
    line.stubFor(
        get(urlEqualTo("/v2/bot/message/quota/consumption"))
            .willReturn(json(200, "{\"totalUsage\":1234}")));

    assertThat(gateway.quota()).contains(new LineGateway.Quota(1234, 5000L));

    line.stubFor(
        get(urlEqualTo("/v2/bot/message/quota")).willReturn(json(200, "{\"type\":\"none\"}")));
    assertThat(gateway.quota()).contains(new LineGateway.Quota(1234, null));
  }

  @Test
  void aQuotaLineCannotGiveIsEmptyNotAnError() {
    line.stubFor(get(urlEqualTo("/v2/bot/message/quota")).willReturn(json(500, "{}")));

    assertThat(gateway.quota()).isEmpty();
  }
}
