package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every kind of webhook flow, with the bot's own logging at DEBUG and every log event captured: no
 * LINE user id, no message text and no channel token appears anywhere, and the SDK's wire logger
 * (which would write bodies and the token) is off.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.jp.junction.bot=DEBUG", "junction.safety.rate-limit=5"})
class WebhookLogPrivacyTests {

  static final WebhookProbe probe = new WebhookProbe();
  static final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  static final Pattern LINE_ID = Pattern.compile("\\b[UCR][0-9a-f]{32}\\b");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry::add, "redis://127.0.0.1:6379/" + TestRedis.DATABASE);
  }

  @LocalServerPort int port;

  final List<String> secrets = new ArrayList<>(List.of(WebhookProbe.TOKEN, "Bearer"));

  /** After the context is up: Spring Boot resets logging while it starts. */
  @BeforeEach
  void capture() {
    captured.start();
    root().addAppender(captured);
  }

  @AfterAll
  static void release() {
    root().detachAppender(captured);
    probe.stop();
  }

  @Test
  void noUserIdMessageTextOrTokenIsLoggedInAnyFlow() throws Exception {
    probe.port(port).stubReplies();
    String user = remember(userId());
    String other = remember(userId());
    String busy = remember(userId());
    List<String> answered = new ArrayList<>();

    answered.add(send(LineWebhookFixture.follow(user, eventId(), replyToken())));
    answered.add(send(text(user, "居場所を探していますヒミツA1")));
    answered.add(send(text(user, "もう死にたいヒミツB2")));
    answered.add(send(LineWebhookFixture.postback(user, eventId(), replyToken(), "n=menu")));
    answered.add(
        send(
            LineWebhookFixture.postback(
                user, eventId(), replyToken(), remember("a=unknown&secret=ヒミツC3"))));
    answered.add(send(LineWebhookFixture.location(user, eventId(), replyToken(), 34.3, 133.8)));
    answered.add(send(LineWebhookFixture.sticker(other, eventId(), replyToken())));
    answered.add(send(text(other, "データを消して")));
    answered.add(
        send(LineWebhookFixture.postback(other, eventId(), replyToken(), "a=privacy.erase")));
    answered.add(
        send(
            LineWebhookFixture.inGroup(
                text(user, "グループのヒミツE5"), remember("C" + userId().substring(1)))));
    List<String> limited = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      limited.add(send(text(busy, "何度も送りますヒミツD" + i)));
    }
    String lastEvent = text(user, "最後のヒミツF6");
    probe.send(
        body(LineWebhookFixture.unfollow(remember(userId()), eventId()), unsend(user), lastEvent));
    answered.add(tokenOf(lastEvent));

    answered.forEach(probe::replyFor);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> limited.stream().mapToInt(t -> probe.repliesFor(t).size()).sum() == 6);
    List<String> lines;
    // Workers may still be logging: AppenderBase appends under the appender's lock.
    synchronized (captured) {
      lines = captured.list.stream().map(WebhookLogPrivacyTests::render).toList();
    }
    assertThat(lines)
        .as("the capture sees the webhook's own log lines (pseudonymous)")
        .anyMatch(line -> line.contains("(crisis)") && line.contains("Person["));
    for (String secret : secrets) {
      assertThat(lines)
          .as("log lines containing " + secret)
          .noneMatch(line -> line.contains(secret));
    }
    assertThat(lines)
        .as("log lines holding anything shaped like a LINE user, group or room id")
        .noneMatch(line -> LINE_ID.matcher(line).find());
    assertThat(
            ((Logger) LoggerFactory.getLogger("com.linecorp.bot.client.wire")).getEffectiveLevel())
        .isEqualTo(Level.OFF);
  }

  private String send(String event) throws Exception {
    assertThat(probe.send(body(event)).statusCode()).isEqualTo(200);
    return tokenOf(event);
  }

  private static String tokenOf(String event) {
    return event.replaceAll("(?s).*\"replyToken\":\"([^\"]+)\".*", "$1");
  }

  private String text(String user, String text) {
    return LineWebhookFixture.text(user, eventId(), replyToken(), remember(text));
  }

  private String unsend(String user) {
    return "{\"type\":\"unsend\",\"mode\":\"active\",\"timestamp\":"
        + System.currentTimeMillis()
        + ",\"source\":{\"type\":\"user\",\"userId\":\""
        + user
        + "\"},\"webhookEventId\":\""
        + eventId()
        + "\",\"deliveryContext\":{\"isRedelivery\":false},"
        + "\"unsend\":{\"messageId\":\"325708\"}}";
  }

  private String remember(String secret) {
    secrets.add(secret);
    return secret;
  }

  private static String render(ILoggingEvent event) {
    String thrown =
        event.getThrowableProxy() == null
            ? ""
            : ThrowableProxyUtil.asString(event.getThrowableProxy());
    return event.getLoggerName() + " " + event.getFormattedMessage() + " " + thrown;
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
