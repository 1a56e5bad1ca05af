package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis that accepts connections but never answers (a socket nobody reads): the webhook still
 * answers 200, and a crisis message and a search still get their replies once the store's short
 * command timeout gives up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookSlowRedisTests {

  static final WebhookProbe probe = new WebhookProbe();
  static final ServerSocket silent = silentServer();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry::add, "redis://127.0.0.1:" + silent.getLocalPort());
  }

  @LocalServerPort int port;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
  }

  @AfterAll
  static void stop() throws IOException {
    probe.stop();
    silent.close();
  }

  @Test
  void crisisMessageGetsTheCrisisLines() throws Exception {
    String token = replyToken();

    assertThat(
            probe
                .send(body(LineWebhookFixture.text(userId(), eventId(), token, "消えたい")))
                .statusCode())
        .isEqualTo(200);

    assertThat(WebhookProbe.texts(probe.replyFor(token))).contains("0120-279-338", "119");
  }

  @Test
  void searchStillFindsPlaces() throws Exception {
    String token = replyToken();

    assertThat(
            probe
                .send(body(LineWebhookFixture.text(userId(), eventId(), token, "居場所 坂出")))
                .statusCode())
        .isEqualTo(200);

    assertThat(probe.replyFor(token).toString()).contains("しおのえ");
  }

  /** Listens (the kernel completes connections) but never accepts or answers. */
  private static ServerSocket silentServer() {
    try {
      return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a local port", e);
    }
  }
}
