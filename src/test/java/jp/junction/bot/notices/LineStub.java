package jp.junction.bot.notices;

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

/** WireMock standing in for LINE's multicast endpoint, and what it received. */
final class LineStub {

  static final String MULTICAST = "/v2/bot/message/multicast";
  private static final ObjectMapper JSON = new ObjectMapper();

  final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(20));

  /** One multicast as received: its retry key, recipients and text. */
  record Multicast(String retryKey, List<String> to, String text, boolean silent) {}

  LineStub() {
    server.start();
  }

  void accept() {
    server.resetAll();
    server.stubFor(post(urlEqualTo(MULTICAST)).willReturn(ok()));
  }

  /** Accepts every multicast after {@code millis}, like a slow network. */
  void acceptSlowly(int millis) {
    server.resetAll();
    server.stubFor(post(urlEqualTo(MULTICAST)).willReturn(ok().withFixedDelay(millis)));
  }

  /** Answers {@code first} once, then 200. */
  void answerOnceThenAccept(int first) {
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

  static ResponseDefinitionBuilder ok() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader("X-Line-Request-Id", "req")
        .withBody("{}");
  }

  List<Multicast> received() {
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

  String baseUrl() {
    return server.baseUrl();
  }

  void stop() {
    server.stop();
  }
}
