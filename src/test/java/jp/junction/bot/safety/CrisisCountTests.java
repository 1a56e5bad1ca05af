package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.privacy.AnonymousStats;
import jp.junction.bot.system.JapanTime;
import jp.junction.testing.SafetySlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Staff see how many crisis answers went out each day, and nothing about who. */
@SpringBootTest(
    classes = SafetySlice.class,
    properties = "junction.redis.url=redis://127.0.0.1:6379")
class CrisisCountTests {

  static final String STATS = "test:crisis-count:" + UUID.randomUUID() + ":";

  @DynamicPropertySource
  static void dialogs(DynamicPropertyRegistry registry) {
    registry.add("junction.conversation.dialogs-dir", () -> SafetyDialogs.folder().toString());
    registry.add("junction.privacy.stats.key-prefix", () -> STATS);
  }

  @Autowired SafetyGate gate;
  @Autowired AnonymousStats stats;
  @Autowired StringRedisTemplate redis;

  @AfterEach
  void deleteOwnKeys() {
    redis.delete(redis.keys(STATS + "*"));
    redis.delete(redis.keys(RateLimiter.PREFIX + "count-test-*"));
  }

  @Test
  void crisisAnswersAreCountedPerDayWithoutAnyoneInTheKey() {
    String userId = "U" + UUID.randomUUID();
    Person person = new Person(userId, "count-test-" + UUID.randomUUID());
    gate.screen(new Inbound.Text(person, "死にたい", "m1"));
    gate.screen(new Inbound.Text(person, "リスカしちゃった", "m2"));
    gate.screen(new Inbound.Text(person, "こんにちは", "m3"));

    String key = STATS + "crisis:" + JapanTime.today(Clock.systemUTC());
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(redis.opsForValue().get(key)).isEqualTo("2"));
    assertThat(redis.keys(STATS + "*")).containsExactly(key);
    assertThat(redis.getExpire(key)).isPositive();
    assertThat(stats.crisisCountsByDay(2))
        .extracting(AnonymousStats.DayFigure::shown)
        .containsExactly("<5", "<5");
  }
}
