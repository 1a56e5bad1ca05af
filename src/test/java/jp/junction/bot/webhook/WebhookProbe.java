package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Drives the real webhook over HTTP with signed bodies, with WireMock standing in for LINE, for the
 * safety, privacy and bad-input tests. One instance per test class.
 */
final class WebhookProbe {

  static final String TOKEN = "test-channel-token-5afe7y";
  static final String DATA = "src/test/resources/safety-data";

  final WireMockServer line = new WireMockServer(options().dynamicPort());
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private int port;

  WebhookProbe() {
    line.start();
    stubReplies();
  }

  /** The application properties for a LINE-mode bot talking to this probe's fake LINE. */
  Map<String, Supplier<Object>> properties(String redisUrl) {
    return Map.of(
        "junction.line.channel-secret", () -> LineWebhookFixture.SECRET,
        "junction.line.channel-token", () -> TOKEN,
        "junction.line.api-base-url", line::baseUrl,
        "junction.redis.url", () -> redisUrl,
        "junction.privacy.pseudonym-key", () -> "test-pseudonym-key",
        "junction.data-dir", () -> DATA);
  }

  void register(BiConsumer<String, Supplier<Object>> registry, String redisUrl) {
    properties(redisUrl).forEach(registry);
  }

  /**
   * The same, with Redis (a database or cluster of the test's own) and prefixes from {@code redis}.
   */
  void register(DynamicPropertyRegistry registry, jp.junction.testing.TestRedis redis) {
    properties("")
        .forEach(
            (name, value) -> {
              if (!name.equals("junction.redis.url")) {
                registry.add(name, value);
              }
            });
    redis.register(registry);
  }

  WebhookProbe port(int port) {
    this.port = port;
    return this;
  }

  void stubReplies() {
    line.resetAll();
    line.stubFor(
        post(urlEqualTo("/v2/bot/message/reply"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Line-Request-Id", "req-1")
                    .withBody("{\"sentMessages\":[]}")));
  }

  HttpResponse<String> send(String body) throws IOException, InterruptedException {
    return deliver(
        body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        LineWebhookFixture.sign(body, LineWebhookFixture.SECRET));
  }

  HttpResponse<String> deliver(byte[] body, String signature)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callback"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("X-Line-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode replyFor(String token) {
    await().atMost(Duration.ofSeconds(15)).until(() -> !repliesFor(token).isEmpty());
    try {
      return json.readTree(repliesFor(token).get(0).getBodyAsString());
    } catch (IOException e) {
      throw new AssertionError("reply is not JSON", e);
    }
  }

  List<LoggedRequest> repliesFor(String token) {
    return line.findAll(
        postRequestedFor(urlEqualTo("/v2/bot/message/reply"))
            .withRequestBody(matchingJsonPath("$.replyToken", equalTo(token))));
  }

  List<LoggedRequest> allReplies() {
    return line.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/reply")));
  }

  /** Every text in a reply, joined by new lines. */
  static String texts(JsonNode reply) {
    StringBuilder all = new StringBuilder();
    reply.path("messages").forEach(m -> all.append(m.path("text").asText()).append('\n'));
    return all.toString();
  }

  void stop() {
    line.stop();
  }
}
