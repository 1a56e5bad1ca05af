package jp.junction.bot.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Replies wait for LINE's answer on the webhook workers; the HTTP client must let as many of them
 * be in flight as there are workers (OkHttp alone allows 5 per host).
 */
class LineConcurrencyTests {

  private static final int REPLIES = 20;
  private final WireMockServer line =
      new WireMockServer(options().dynamicPort().containerThreads(REPLIES + 10));
  private final ExecutorService workers = Executors.newFixedThreadPool(REPLIES);

  @AfterEach
  void stop() {
    workers.shutdownNow();
    line.stop();
  }

  @Test
  void twentyRepliesAreInFlightAtOnceWhileLineIsSlowToAnswer() {
    line.start();
    // Slow enough that with 5 at a time the 6th could not even start within the wait below.
    line.stubFor(
        post(urlEqualTo("/v2/bot/message/reply"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(15_000).withBody("{}")));
    LineConfig config = new LineConfig();
    LineGateway gateway =
        config.sdkLineGateway(
            config.lineClient(
                new LineSettings(
                    "secret",
                    "token",
                    line.baseUrl(),
                    Duration.ofSeconds(30),
                    REPLIES,
                    Duration.ofMinutes(1))),
            new ChannelToken(java.time.Clock.systemUTC()));

    for (int i = 0; i < REPLIES; i++) {
      String token = "rt-" + i;
      workers.submit(() -> gateway.reply(token, List.of(new OutgoingMessage.Text("はい"))));
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                line.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/reply"))).size()
                    == REPLIES);
  }
}
