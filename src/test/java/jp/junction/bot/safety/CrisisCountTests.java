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
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Staff see how many crisis answers went out each day, and nothing about who. */
@SpringBootTest(classes = SafetySlice.class)
@Tag(TestRedis.CLUSTER_TAG)
class CrisisCountTests {

  @RegisterExtension static final TestRedis ownKeys = new TestRedis();
  static final String STATS = ownKeys.prefix() + "{stats}:";

  @DynamicPropertySource
  static void dialogs(DynamicPropertyRegistry registry) {
    registry.add("junction.conversation.dialogs-dir", () -> SafetyDialogs.folder().toString());
    ownKeys.register(registry);
  }

  @Autowired SafetyGate gate;
  @Autowired AnonymousStats stats;
  @Autowired StringRedisTemplate redis;

  @Test
  void crisisAnswersAreCountedPerDayWithoutAnyoneInTheKey() {
    String userId = "U" + UUID.randomUUID();
    Person person = new Person(userId, "count-test-" + UUID.randomUUID());
    ownKeys.wrote(RateLimiter.PREFIX + person.pseudonym());
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
