package jp.junction.bot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * People chatting with a running bot through signed webhooks, and staff calling its JSON API, with
 * a WireMock LINE that takes every reply and multicast.
 */
final class ChatSession {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final WireMockServer line;
  private final int port;
  private final String staffLogin;

  /** {@code staffLogin} is {@code user:password} of the staff API. */
  ChatSession(WireMockServer line, int port, String staffLogin) {
    this.line = line;
    this.port = port;
    this.staffLogin = staffLogin;
  }

  /** LINE accepts every reply, push and multicast. */
  ChatSession lineAccepts() {
    for (String path : List.of("reply", "push", "multicast")) {
      line.stubFor(
          post(urlEqualTo("/v2/bot/message/" + path))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withHeader("X-Line-Request-Id", "req")
                      .withBody("{}")));
    }
    return this;
  }

  /** The reply to a text message. */
  JsonNode text(String user, String text) throws Exception {
    String token = LineWebhookFixture.replyToken();
    send(
        LineWebhookFixture.body(
            LineWebhookFixture.text(user, LineWebhookFixture.eventId(), token, text)));
    return replyFor(token);
  }

  /** The reply to a tap (postback). */
  JsonNode tap(String user, String data) throws Exception {
    String token = LineWebhookFixture.replyToken();
    send(
        LineWebhookFixture.body(
            LineWebhookFixture.postback(user, LineWebhookFixture.eventId(), token, data)));
    return replyFor(token);
  }

  private JsonNode replyFor(String token) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> !replies(token).isEmpty());
    return JSON.readTree(replies(token).get(0).getBodyAsString());
  }

  private List<LoggedRequest> replies(String token) {
    return line.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/reply"))).stream()
        .filter(r -> r.getBodyAsString().contains(token))
        .toList();
  }

  List<LoggedRequest> multicasts() {
    return line.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/multicast")));
  }

  /** Posts a signed webhook body; the bot must answer 200. */
  void send(String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callback"))
            .header("Content-Type", "application/json")
            .header("X-Line-Signature", LineWebhookFixture.sign(body, LineWebhookFixture.SECRET))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    assertThat(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
        .isEqualTo(200);
  }

  /** A staff API call: GET without a body, POST with one. */
  JsonNode staff(String path, String body) throws Exception {
    String login = Base64.getEncoder().encodeToString(staffLogin.getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + login)
            .header("Content-Type", "application/json");
    request =
        body == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(body));
    return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Waits until the notice the staff call answered with is done. */
  void awaitDone(JsonNode notice) {
    String status = "/admin/api/notices/" + notice.get("id").asText();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> staff(status, null).get("status").asText().equals("done"));
  }
}
