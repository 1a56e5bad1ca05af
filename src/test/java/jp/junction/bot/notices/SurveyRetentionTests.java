package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.EventsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Survey answers keep no one's words as written and nothing for good: comments are scrubbed, every
 * key expires the stated time after the event, erasure takes a person's marks and comment, and a
 * second tap is not a second answer.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {"junction.notices.worker-enabled=false", "junction.notices.retention.survey=10d"})
class SurveyRetentionTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();

  /** e1 ends 2026-12-12 15:30 JST; its survey keys go 10 days later. */
  static final Instant E1_GONE = Instant.parse("2026-12-22T06:30:00Z");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @Autowired Surveys surveys;
  @Autowired KeyUpgrade upgrade;
  @Autowired StringRedisTemplate redis;

  @AfterEach
  void forget() {
    FeatureTestSupport.deleteKeys(redis, PREFIX);
  }

  @Test
  void aCommentWithANamePhoneAndMailIsKeptScrubbed() {
    List<Person> five = answered(5);
    surveys.comment(five.get(0), "e1", "山田花子です。090-1234-5678 hanako@example.jp まで連絡ください。また来たい");

    List<String> comments = surveys.results("e1").comments();
    assertThat(comments).hasSize(1);
    assertThat(comments.get(0))
        .doesNotContainPattern("\\d")
        .doesNotContain("hanako", "example.jp", "@")
        .contains("また来たい");
  }

  @Test
  void everySurveyKeyExpiresTheStatedTimeAfterTheEvent() {
    List<Person> two = answered(2);
    surveys.comment(two.get(0), "e1", "よかったです");

    List<String> keys = keys();
    assertThat(keys).hasSize(5); // counts, markers, comments, two people's links
    long expected = Duration.between(EventsFixture.NOW.instant(), E1_GONE).toSeconds();
    for (String key : keys) {
      assertThat(redis.getExpire(key)).as(key).isBetween(expected - 120, expected + 5);
    }
  }

  @Test
  void erasureTakesThePersonsMarkAndCommentAndLeavesTheCounts() {
    List<Person> five = answered(5);
    surveys.comment(five.get(0), "e1", "山田です。また来たい");
    surveys.comment(five.get(1), "e1", "楽しかった");

    assertThat(surveys.erase(five.get(0))).isTrue();

    assertThat(surveys.results("e1").comments()).containsExactly("楽しかった");
    assertThat(surveys.results("e1").answers()).isEqualTo(5);
    assertThat(keys()).noneMatch(k -> k.contains(five.get(0).pseudonym()));
    assertThat(redis.opsForSet().isMember(PREFIX + "notices:s:e1:who", five.get(0).pseudonym()))
        .isFalse();
    assertThat(surveys.erase(five.get(0))).isFalse();
  }

  @Test
  void aSecondTapIsNotASecondAnswerAndASecondCommentReplacesTheFirst() {
    Person p = new Person("Utwice", "p-twice");
    assertThat(surveys.answer(p, "e1", 1)).isEqualTo(Surveys.Answer.COUNTED);
    assertThat(surveys.answer(p, "e1", 1)).isEqualTo(Surveys.Answer.ALREADY);
    assertThat(surveys.answer(p, "e1", 5)).isEqualTo(Surveys.Answer.ALREADY);
    answered(4);
    surveys.comment(p, "e1", "一回目");
    surveys.comment(p, "e1", "書き直しました");

    assertThat(surveys.results("e1").answers()).isEqualTo(5);
    assertThat(surveys.results("e1").distribution()).containsEntry("1", 5L);
    assertThat(surveys.results("e1").comments()).containsExactly("書き直しました");
  }

  @Test
  void aSurveyIsClosedOnceItsRetentionHasPassed() {
    // e4 ended on 2026-11-08, more than 10 days before "now".
    assertThat(surveys.answer(new Person("Ulate", "p-late"), "e4", 3))
        .isEqualTo(Surveys.Answer.CLOSED);
    assertThat(keys()).isEmpty();
  }

  @Test
  void keysOfAnEarlierVersionAreScrubbedAndExpireAtStart() {
    String s = PREFIX + "notices:s:";
    redis.opsForList().rightPushAll(s + "e1:c", "田中です 090-1111-2222 tanaka@example.jp 楽しかった");
    redis.opsForSet().add(s + "e1:who", "p-old");
    redis.opsForHash().put(s + "e1:n", "1", "5");
    redis.opsForSet().add(s + "p:p-old", "e1");
    redis.opsForHash().put(s + "e4:n", "2", "7");

    upgrade.start();

    assertThat(surveys.results("e1").comments()).containsExactly("田中です 楽しかった");
    long expected = Duration.between(EventsFixture.NOW.instant(), E1_GONE).toSeconds();
    for (String key : List.of(s + "e1:c", s + "e1:who", s + "e1:n", s + "p:p-old")) {
      assertThat(redis.getExpire(key)).as(key).isBetween(expected - 120, expected + 5);
    }
    assertThat(redis.hasKey(s + "e4:n")).as("a survey past its retention goes").isFalse();
    assertThat(surveys.erase(new Person("Uold", "p-old"))).isTrue();
  }

  private List<Person> answered(int n) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Person p = new Person("Usurvey-" + i, "p-survey-" + i);
      surveys.answer(p, "e1", 1);
      people.add(p);
    }
    return people;
  }

  private List<String> keys() {
    List<String> keys = new ArrayList<>();
    try (Cursor<String> c =
        redis.scan(ScanOptions.scanOptions().match(PREFIX + "*").count(1000).build())) {
      c.forEachRemaining(keys::add);
    }
    return keys;
  }
}
