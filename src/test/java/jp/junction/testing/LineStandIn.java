package jp.junction.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' one stand-in for LINE's Messaging API (WireMock on a free port): multicast answers as
 * a test sets them, replies accepted, and what was multicast, with its retry key.
 */
public final class LineStandIn {

  public static final String MULTICAST = "/v2/bot/message/multicast";
  public static final String REPLY = "/v2/bot/message/reply";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(20));

  /** One multicast as received: its retry key, recipients and text. */
  public record Multicast(String retryKey, List<String> to, String text, boolean silent) {}

  public LineStandIn() {
    server.start();
  }

  /** The WireMock server, for stubs of endpoints other than multicast. */
  public WireMockServer server() {
    return server;
  }

  public void accept() {
    server.resetAll();
    server.stubFor(post(urlEqualTo(MULTICAST)).willReturn(ok()));
    server.stubFor(post(urlEqualTo(REPLY)).willReturn(ok()));
  }

  /** Accepts every multicast after {@code millis}, like a slow network. */
  public void acceptSlowly(int millis) {
    server.resetAll();
    server.stubFor(post(urlEqualTo(MULTICAST)).willReturn(ok().withFixedDelay(millis)));
  }

  /** Answers {@code first} once, then 200. */
  public void answerOnceThenAccept(int first) {
    server.resetAll();
    server.stubFor(
        post(urlEqualTo(MULTICAST))
            .inScenario("once")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(first)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"test\"}"))
            .willSetStateTo("then"));
    server.stubFor(
        post(urlEqualTo(MULTICAST))
            .inScenario("once")
            .whenScenarioStateIs("then")
            .willReturn(ok()));
  }

  public static ResponseDefinitionBuilder ok() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader("X-Line-Request-Id", "req")
        .withBody("{}");
  }

  public List<Multicast> received() {
    List<Multicast> out = new ArrayList<>();
    for (LoggedRequest r :
        server.findAll(
            com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlEqualTo(MULTICAST)))) {
      try {
        JsonNode body = JSON.readTree(r.getBodyAsString());
        List<String> to = new ArrayList<>();
        body.get("to").forEach(n -> to.add(n.asText()));
        out.add(
            new Multicast(
                r.getHeader("X-Line-Retry-Key"),
                to,
                body.at("/messages/0/text").asText(),
                body.path("notificationDisabled").asBoolean()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  public void stop() {
    server.stop();
  }
}
