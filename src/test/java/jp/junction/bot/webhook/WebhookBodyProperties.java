package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.junction.bot.JunctionBotApplication;
import jp.junction.testing.TestRedis;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bad input through the real, running bot: whatever a signed webhook carries (huge or strange text,
 * Lucene syntax, control characters, forged postbacks, wrong JSON types, 100 events, unknown types,
 * 10 MB), the webhook answers 200, 400 or 413, never a server error or a stack trace, and every
 * message event still gets a reply LINE would accept.
 */
class WebhookBodyProperties {

  static WebhookProbe probe;
  static ConfigurableApplicationContext app;

  @BeforeContainer
  static void start() {
    probe = new WebhookProbe();
    // As command-line arguments: they win over application.yml (builder defaults would not).
    List<String> args = new ArrayList<>(List.of("--server.port=0"));
    probe
        .properties("redis://127.0.0.1:6379/" + TestRedis.DATABASE)
        .forEach((k, v) -> args.add("--" + k + "=" + v.get()));
    app =
        new SpringApplicationBuilder(JunctionBotApplication.class).run(args.toArray(String[]::new));
    probe.port(((ServletWebServerApplicationContext) app).getWebServer().getPort());
  }

  @AfterContainer
  static void stop() {
    if (app != null) {
      app.close();
    }
    probe.stop();
  }

  @Property(tries = 80)
  void anyTextGetsAReplyLineWouldAccept(@ForAll("texts") String text) throws Exception {
    String token = replyToken();

    HttpResponse<String> response =
        probe.send(body(LineWebhookFixture.text(userId(), eventId(), token, text)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertAcceptable(probe.replyFor(token));
  }

  @Property(tries = 60)
  void anyPostbackDataGetsAReply(@ForAll("postbacks") String data) throws Exception {
    String token = replyToken();

    HttpResponse<String> response =
        probe.send(body(LineWebhookFixture.postback(userId(), eventId(), token, data)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertAcceptable(probe.replyFor(token));
  }

  @Property(tries = 300)
  void wrongJsonIsRefusedOrSkippedNeverAServerError(@ForAll("mangled") String body)
      throws Exception {
    HttpResponse<String> response = probe.send(body);

    assertThat(response.statusCode()).isIn(200, 400);
    assertThat(response.body()).doesNotContain("Exception", "at jp.", "at com.");
  }

  @Example
  void aHundredEventsInOneWebhookAreAllAnswered() throws Exception {
    List<String> events = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String token = replyToken();
      tokens.add(token);
      events.add(LineWebhookFixture.text(userId(), eventId(), token, "居場所 坂出 " + i));
    }

    assertThat(probe.send(body(events.toArray(String[]::new))).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> tokens.stream().allMatch(t -> !probe.repliesFor(t).isEmpty()));
  }

  @Example
  void unknownEventAndMessageTypesAreAcceptedAndLeftAlone() throws Exception {
    String token = replyToken();
    String unknownMessage =
        LineWebhookFixture.event(
            "message",
            userId(),
            eventId(),
            token,
            false,
            "\"message\":{\"id\":\"1\",\"type\":\"hologram\",\"depth\":3}");

    HttpResponse<String> response =
        probe.send(body(LineWebhookFixture.unknownType(userId(), eventId()), unknownMessage));

    assertThat(response.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> !probe.repliesFor(token).isEmpty());
    assertThat(probe.repliesFor(token)).hasSize(1);
  }

  @Example
  void aTenMegabyteBodyIsRefusedWith413() throws Exception {
    byte[] huge = new byte[10 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    String hugeText = new String(huge, StandardCharsets.US_ASCII);
    String body = body(LineWebhookFixture.text(userId(), eventId(), replyToken(), hugeText));

    assertThat(probe.send(body).statusCode()).isEqualTo(413);
  }

  private static void assertAcceptable(JsonNode reply) {
    JsonNode messages = reply.path("messages");
    assertThat(messages.size()).isBetween(1, 5);
    for (JsonNode message : messages) {
      if ("text".equals(message.path("type").asText())) {
        String text = message.path("text").asText();
        assertThat(text).isNotBlank();
        assertThat(text.length()).isLessThanOrEqualTo(5000);
        assertThat(text).doesNotContain("Exception");
      }
      assertThat(message.path("quickReply").path("items").size()).isLessThanOrEqualTo(13);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> lucene =
        Arbitraries.of(
                "AND", "OR", "NOT", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "\\",
                "/", "\"", "+", "-", "&&", "||", "!", "居場所", "高松", "家族会", " ")
            .list()
            .ofMaxSize(30)
            .map(l -> String.join("", l));
    Arbitrary<String> oddChars =
        Arbitraries.of(
                "😀",
                "👨‍👩‍👧",
                "\ud83d",
                "\u0000",
                "\u0007",
                "\u202e",
                "\u200b",
                "\r\n",
                "\t",
                "　",
                "ｶﾀｶﾅ",
                "𠮷",
                "居場所",
                "死に",
                "たい",
                "OD")
            .list()
            .ofMaxSize(40)
            .map(l -> String.join("", l));
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings().withCharRange('ぁ', 'ん').ofMinLength(4900).ofMaxLength(6000),
        Arbitraries.strings().all().ofMinLength(4990).ofMaxLength(5010),
        lucene,
        oddChars,
        Arbitraries.of("", " ", "　", "\n\n", "\t \u3000"));
  }

  @Provide
  Arbitrary<String> postbacks() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings().ofMinLength(301).ofMaxLength(3000),
        Arbitraries.of(
            "n=",
            "a=",
            "n=menu&a=search",
            "a=privacy.erase&x=%zz",
            "n=../../etc",
            "n=%00",
            "a=search&q=" + "居".repeat(400),
            "n=" + "x".repeat(299),
            ""),
        Arbitraries.strings().withChars("na=&%+?q").ofMaxLength(60));
  }

  @Provide
  Arbitrary<String> mangled() {
    String user = userId();
    String good = body(LineWebhookFixture.text(user, eventId(), replyToken(), "こんにちは"));
    Arbitrary<String> swaps =
        Arbitraries.of(
            good.replace("\"text\":\"こんにちは\"", "\"text\":12345"),
            good.replace("\"text\":\"こんにちは\"", "\"text\":null"),
            good.replace("\"text\":\"こんにちは\"", "\"text\":{\"a\":1}"),
            good.replace("\"events\":[", "\"events\":{\"x\":[").replace("]}", "]}}"),
            good.replace("\"timestamp\":", "\"timestamp\":\"yesterday\",\"x\":"),
            good.replace("\"source\":{", "\"source\":null,\"y\":{"),
            good.replace("\"type\":\"user\"", "\"type\":42"),
            good.replace("\"mode\":\"active\"", "\"mode\":[]"),
            good.replace("\"isRedelivery\":false", "\"isRedelivery\":\"maybe\""),
            "{\"destination\":\"U1\",\"events\":null}",
            "{\"events\":[null]}",
            "[]",
            "null",
            "\"text\"",
            "{}",
            "");
    Arbitrary<String> cut =
        Arbitraries.integers().between(0, good.length()).map(n -> good.substring(0, n));
    return Arbitraries.oneOf(swaps, cut);
  }
}
