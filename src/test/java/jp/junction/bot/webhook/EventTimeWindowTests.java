package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.happenedAt;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An event is answered only while its dedup key can still recognise a redelivery: one that happened
 * longer ago than the dedup memory (a late redelivery after the key expired) or lies in the future
 * gets no second answer, while a redelivery within the window is answered once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(TestRedis.CLUSTER_TAG)
class EventTimeWindowTests {

  static final WebhookProbe probe = new WebhookProbe();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry, ownKeys);
  }

  @LocalServerPort int port;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  /** Hours from now: 25 and 48 back (past the 24 h dedup memory), 2 ahead. */
  @ParameterizedTest
  @ValueSource(ints = {-25, -48, 2})
  void anEventOutsideTheDedupWindowIsNotAnswered(int hours) throws Exception {
    String token = replyToken();
    String event =
        happenedAt(
            LineWebhookFixture.text(userId(), eventId(), token, "メニュー"),
            Instant.now().plus(Duration.ofHours(hours)));

    assertThat(probe.send(body(LineWebhookFixture.redelivered(event))).statusCode()).isEqualTo(200);

    Thread.sleep(700);
    assertThat(probe.repliesFor(token)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {-600, -1})
  void anEventFromEarlierTodayIsAnsweredOnceAcrossRedeliveries(int minutes) throws Exception {
    String token = replyToken();
    String event =
        happenedAt(
            LineWebhookFixture.text(userId(), eventId(), token, "メニュー"),
            Instant.now().plus(Duration.ofMinutes(minutes)));

    probe.send(body(event));
    probe.replyFor(token);
    probe.send(body(LineWebhookFixture.redelivered(event)));

    Thread.sleep(500);
    assertThat(probe.repliesFor(token)).hasSize(1);
  }
}
