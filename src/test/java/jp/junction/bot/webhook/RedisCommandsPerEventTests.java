package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import jp.junction.bot.RedisCommandLog;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What one event costs in Redis (issue 6), on the real Redis: the commands the webhook worker sends
 * while answering, and those the background writer of the anonymous statistics sends. Each command
 * is one round trip; the rate limit and the state's save are one script each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RedisCommandLog.class)
class RedisCommandsPerEventTests {

  static final WebhookProbe probe = new WebhookProbe();
  static final String FOUND = "前橋 居場所";
  static final String NOT_FOUND = "宇宙の図書館";

  /** A quick reply as the bot sends it: led by the language it was said in. */
  static final String TAP = "l=ja&n=family";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry::add, "redis://127.0.0.1:6379/" + TestRedis.DATABASE);
  }

  @LocalServerPort int port;
  @Autowired RedisCommandLog redis;

  @BeforeEach
  void warmUp() {
    probe.port(port).stubReplies();
    // The first use of a script on a Redis that has not seen it costs an extra EVAL.
    redis.clear();
    String user = userId();
    answer(typed(user, FOUND));
    answer(typed(user, NOT_FOUND));
    answer(tapped(user, TAP));
    answer(typed(user, "前橋"));
    await().atMost(Duration.ofSeconds(5)).until(() -> redis.from("anonymous-stats").size() >= 3);
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void aTypedQuestionCostsFourRoundTripsToAnswerAndOneToCount() {
    String user = userId();

    // Dedup, rate limit, the state read, and the state write that remembers the question for
    // typed paging and the next question (guide's SearchMemory, one script with its TTL).
    assertThat(cost(typed(user, FOUND), 1))
        .isEqualTo(new Cost(List.of("SET", "EVALSHA", "HGETALL", "EVALSHA"), List.of("EVALSHA")));
    assertThat(cost(typed(user, NOT_FOUND), 1))
        .isEqualTo(new Cost(List.of("SET", "EVALSHA", "HGETALL", "EVALSHA"), List.of("EVALSHA")));
  }

  @Test
  void aQuickReplyTapOntoADialogNodeWritesItsStateWithoutReadingIt() {
    assertThat(cost(tapped(userId(), TAP), 0))
        .isEqualTo(new Cost(List.of("SET", "EVALSHA", "EVALSHA"), List.of()));
  }

  @Test
  void aTypedAnswerToTheBotsQuestionReadsAndWritesTheStateOnceEach() {
    String user = userId();
    answer(tapped(user, TAP));

    assertThat(cost(typed(user, "前橋"), 1))
        .isEqualTo(new Cost(List.of("SET", "EVALSHA", "HGETALL", "EVALSHA"), List.of("EVALSHA")));
  }

  /** Commands sent by the webhook worker and by the statistics writer. */
  record Cost(List<String> answering, List<String> counting) {}

  private Cost cost(Function<String, String> event, int statsWrites) {
    redis.clear();
    answer(event);
    await()
        .pollDelay(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(5))
        .until(() -> redis.from("anonymous-stats").size() >= statsWrites);
    return new Cost(redis.from("webhook-"), redis.from("anonymous-stats"));
  }

  private void answer(Function<String, String> event) {
    String token = replyToken();
    try {
      probe.send(body(event.apply(token)));
    } catch (Exception e) {
      throw new AssertionError("webhook not delivered", e);
    }
    probe.replyFor(token);
  }

  private static Function<String, String> typed(String user, String text) {
    return token -> LineWebhookFixture.text(user, eventId(), token, text);
  }

  private static Function<String, String> tapped(String user, String data) {
    return token -> LineWebhookFixture.postback(user, eventId(), token, data);
  }
}
