package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.fppt.jedismock.RedisServer;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import jp.junction.bot.RedisCommandLog;
import jp.junction.bot.privacy.StatsSummary.Count;
import jp.junction.bot.privacy.StatsSummary.Row;
import jp.junction.bot.system.JapanTime;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class AnonymousStatsTests {

  static LettuceConnectionFactory factory;
  static StringRedisTemplate redis;
  static RedisCommandLog commands;

  final String prefix = "test:anon-stats:" + UUID.randomUUID() + ":";
  final AnonymousStats stats =
      new AnonymousStats(
          redis,
          new StatsSettings(prefix, Duration.ofDays(90)),
          new Pseudonyms(new PrivacySettings("test-key")),
          Clock.systemUTC());
  final String today = JapanTime.today(Clock.systemUTC()).toString();
  final StatsSummary summary = new StatsSummary(stats);
  final LocalDate day = JapanTime.today(Clock.systemUTC());

  @BeforeAll
  static void connect() {
    factory = new LettuceConnectionFactory(TestRedis.standalone());
    factory.afterPropertiesSet();
    commands = RedisCommandLog.of(factory);
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

  @Test
  void anUnansweredQuestionIsRecordedInOneRoundTripAndEveryKeyItWritesExpires() {
    stats.recordQuestion("", "", false, "準備", "m-warm-up");
    await().atMost(Duration.ofSeconds(5)).until(() -> redis.hasKey(prefix + "questions:" + today));
    commands.clear();

    stats.recordQuestion("香川県", "居場所", false, "夜に話せるところ", "m-counted");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(stats.unansweredQuestions(1)).hasSize(2));
    assertThat(commands.from("anonymous-stats")).containsExactly("EVALSHA");
    assertThat(redis.getExpire(prefix + "questions:" + today))
        .isGreaterThan(Duration.ofDays(89).toSeconds());
    assertThat(redis.getExpire(prefix + "unanswered:" + today))
        .isGreaterThan(Duration.ofDays(89).toSeconds());
    assertThat(redis.keys(prefix + "message:*"))
        .hasSize(2)
        .allSatisfy(
            link ->
                assertThat(redis.getExpire(link))
                    .isBetween(
                        AnonymousStats.UNSEND_WINDOW.minusMinutes(1).toSeconds(),
                        AnonymousStats.UNSEND_WINDOW.toSeconds()));
  }

  @Test
  void theEmbeddedStoreOfLocalModeRecordsAndForgetsToo() throws IOException {
    RedisServer embedded = RedisServer.newRedisServer(0, InetAddress.getLoopbackAddress()).start();
    LettuceConnectionFactory local =
        new LettuceConnectionFactory(embedded.getHost(), embedded.getBindPort());
    local.afterPropertiesSet();
    StringRedisTemplate localRedis = new StringRedisTemplate(local);
    AnonymousStats localStats =
        new AnonymousStats(
            localRedis,
            new StatsSettings(prefix, Duration.ofDays(90)),
            new Pseudonyms(new PrivacySettings("test-key")),
            Clock.systemUTC());
    try {
      localStats.recordCrisis();
      localStats.recordQuestion("香川県", "居場所", true, "高松の居場所", "m1");
      localStats.recordQuestion("", "", false, "夜に話せるところ", "m2");
      localStats.forgetMessage("m2");

      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(localStats.questionsByAreaAndKind(1))
                      .extracting(AnonymousStats.QuestionFigure::area)
                      .containsExactlyInAnyOrder("香川県", ""));
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(() -> assertThat(localStats.unansweredQuestions(1)).isEmpty());
      assertThat(localRedis.opsForValue().get(prefix + "crisis:" + today)).isEqualTo("1");
      assertThat(localRedis.getExpire(prefix + "crisis:" + today))
          .isGreaterThan(Duration.ofDays(89).toSeconds());
      assertThat(localRedis.getExpire(prefix + "questions:" + today))
          .isGreaterThan(Duration.ofDays(89).toSeconds());
    } finally {
      localStats.stop();
      local.destroy();
      embedded.stop();
    }
  }

  // The dashboard's sums (StatsSummary), over the same counters.

  @Test
  void figuresAreAddedUpBeforeTheRuleOfFiveAndASmallOneNeverCarriesItsNumber() {
    for (int i = 0; i < 4; i++) {
      stats.recordQuestion("香川県高松市", "ibasho", false, "居場所", null);
    }
    for (int i = 0; i < 3; i++) {
      stats.recordQuestion("香川県高松市", "family", true, "家族会", null);
    }
    for (int i = 0; i < 6; i++) {
      stats.recordQuestion("香川県丸亀市", "ibasho", true, "居場所", null);
    }
    stats.recordCrisis();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(summary.of(1).areas())
                    .containsExactly(
                        new Row("香川県高松市", new Count(false, 7), new Count(true, 0)),
                        new Row("香川県丸亀市", new Count(false, 6), new Count(true, 0))));
    StatsSummary.Summary s = summary.of(1);
    assertThat(s.kinds())
        .containsExactly(
            new Row("ibasho", new Count(false, 10), new Count(true, 0)),
            new Row("family", new Count(true, 0), new Count(true, 0)));
    assertThat(s.weeks()).hasSize(1);
    assertThat(s.weeks().get(0).questions()).isEqualTo(new Count(false, 13));
    assertThat(s.weeks().get(0).crisisAnswers()).isEqualTo(new Count(true, 0));
  }

  @Test
  void eachWeekCountsItsOwnSevenDaysOldestFirst() {
    String field = "香川県\tpeer\tnone";
    redis.opsForHash().increment(prefix + "questions:" + day.minusDays(7), field, 5);
    redis.opsForHash().increment(prefix + "questions:" + day.minusDays(13), field, 4);
    redis.opsForHash().increment(prefix + "questions:" + day.minusDays(14), field, 100);
    redis.opsForValue().set(prefix + "crisis:" + day, "8");

    StatsSummary.Summary s = summary.of(2);

    assertThat(s.from()).isEqualTo(day.minusDays(13));
    assertThat(s.weeks())
        .extracting(StatsSummary.Week::from, StatsSummary.Week::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(day.minusDays(13), day.minusDays(7)),
            org.assertj.core.groups.Tuple.tuple(day.minusDays(6), day));
    assertThat(s.weeks().get(0).nothingFound()).isEqualTo(new Count(false, 9));
    assertThat(s.weeks().get(1).questions()).isEqualTo(new Count(true, 0));
    assertThat(s.weeks().get(1).crisisAnswers()).isEqualTo(new Count(false, 8));
    assertThat(s.areas()).containsExactly(new Row("香川県", new Count(false, 9), new Count(false, 9)));
  }
}
