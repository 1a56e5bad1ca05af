package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class AnonymousStatsTests {

  static LettuceConnectionFactory factory;
  static StringRedisTemplate redis;

  final String prefix = "test:anon-stats:" + UUID.randomUUID() + ":";
  final AnonymousStats stats =
      new AnonymousStats(
          redis,
          new StatsSettings(prefix, Duration.ofDays(90), ZoneId.of("Asia/Tokyo")),
          new Pseudonyms(new PrivacySettings("test-key")));
  final String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

  @BeforeAll
  static void connect() {
    factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379));
    factory.afterPropertiesSet();
    redis = new StringRedisTemplate(factory);
  }

  @AfterAll
  static void disconnect() {
    factory.destroy();
  }

  @AfterEach
  void deleteOwnKeys() {
    stats.stop();
    Set<String> keys = redis.keys(prefix + "*");
    if (keys != null && !keys.isEmpty()) {
      redis.delete(keys);
    }
  }

  @Test
  void figuresUnderFiveAreShownAsLessThanFive() {
    for (int i = 0; i < 4; i++) {
      stats.recordQuestion("香川県高松市", "居場所", true, "高松の居場所", null);
    }
    for (int i = 0; i < 5; i++) {
      stats.recordQuestion("香川県丸亀市", "家族会", true, "丸亀の家族会", null);
    }

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(stats.questionsByAreaAndKind(1))
                    .containsExactly(
                        new AnonymousStats.QuestionFigure("香川県丸亀市", "家族会", true, "5"),
                        new AnonymousStats.QuestionFigure("香川県高松市", "居場所", true, "<5")));
    assertThat(stats.crisisCountsByDay(3))
        .extracting(AnonymousStats.DayFigure::shown)
        .containsExactly("<5", "<5", "<5");
  }

  @Test
  void unansweredQuestionsAreKeptWithoutDigitsPhoneNumbersOrAddresses() {
    stats.recordQuestion(
        "", "", false, "090-1234-5678 yamada.taro@example.jp まで連絡ください 3丁目の居場所", "m1");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(stats.unansweredQuestions(1))
                    .containsExactly(new AnonymousStats.TextFigure("まで連絡ください 丁目の居場所", "<5")));
    assertThat(
            redis.keys(prefix + "*").toString()
                + redis.opsForHash().entries(prefix + "unanswered:" + today))
        .doesNotContain("090", "1234", "yamada", "example", "m1");
  }

  @Test
  void unsendingTheMessageRemovesWhatWasKeptFromIt() {
    stats.recordQuestion("", "", false, "夜に話せるところ", "m-unsent");
    stats.recordQuestion("", "", false, "夜に話せるところ", "m-kept");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(redis.opsForHash().get(prefix + "unanswered:" + today, "夜に話せるところ"))
                    .isEqualTo("2"));

    stats.forgetMessage("m-unsent");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(redis.opsForHash().get(prefix + "unanswered:" + today, "夜に話せるところ"))
                    .isEqualTo("1"));
    stats.forgetMessage("m-kept");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(stats.unansweredQuestions(1)).isEmpty());
  }

  @Test
  void crisisCountsAreKeptPerDayAndExpire() {
    stats.recordCrisis();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(redis.opsForValue().get(prefix + "crisis:" + today)).isEqualTo("1"));
    assertThat(redis.getExpire(prefix + "crisis:" + today))
        .isBetween(Duration.ofDays(89).toSeconds(), Duration.ofDays(90).toSeconds());
  }
}
