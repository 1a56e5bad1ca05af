package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * LINE revokes the channel token: every call answers 401. Readiness and health go DOWN (the
 * instance leaves rotation, LINE redelivers later) and the staff page says what to do; when LINE
 * takes the token again, both recover by themselves.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.line.token-check=300ms",
      "junction.admin.user=tester",
      "junction.admin.password=secret-for-tests"
    })
class RevokedTokenTests {

  static final WebhookProbe probe = new WebhookProbe();
  static final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry::add, "redis://127.0.0.1:6379/" + TestRedis.DATABASE);
  }

  @LocalServerPort int port;

  @BeforeEach
  void connect() {
    probe.port(port);
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void aRevokedTokenTakesTheInstanceOutOfRotationAndTheStaffPageSaysSo() throws Exception {
    probe.line.resetAll();
    probe.line.stubFor(post(urlEqualTo("/v2/bot/message/reply")).willReturn(unauthorized()));
    probe.line.stubFor(get(urlEqualTo("/v2/bot/info")).willReturn(unauthorized()));

    probe.send(body(LineWebhookFixture.text(userId(), eventId(), replyToken(), "メニュー")));

    await().atMost(Duration.ofSeconds(15)).until(() -> status("/actuator/health/readiness") == 503);
    assertThat(status("/actuator/health")).isEqualTo(503);
    assertThat(staffPage()).contains("チャネルアクセストークンを受け付けていません");

    probe.line.stubFor(
        get(urlEqualTo("/v2/bot/info"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"userId\":\"Ub\",\"basicId\":\"@b\",\"displayName\":\"b\","
                            + "\"chatMode\":\"bot\",\"markAsReadMode\":\"auto\"}")));

    await().atMost(Duration.ofSeconds(15)).until(() -> status("/actuator/health/readiness") == 200);
    assertThat(staffPage()).doesNotContain("チャネルアクセストークンを受け付けていません");
  }

  private static ResponseDefinitionBuilder unauthorized() {
    return aResponse()
        .withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Authentication failed due to the expired access token\"}");
  }

  private int status(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private String staffPage() throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString("tester:secret-for-tests".getBytes(StandardCharsets.UTF_8));
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin"))
                .header("Authorization", "Basic " + basic)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
