package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.testing.SafetySlice;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = SafetySlice.class,
    properties = {
      "junction.redis.url=redis://127.0.0.1:6379/" + TestRedis.DATABASE,
      "junction.safety.rate-limit=3",
      "junction.safety.rate-window=5m",
      // Crisis counts recorded in the background after a test's clean-up expire by themselves.
      "junction.privacy.stats.retention=2m"
    })
class SafetyGateTests {

  static final String STATS = "test:safety-gate:" + UUID.randomUUID() + ":";

  @DynamicPropertySource
  static void dialogs(DynamicPropertyRegistry registry) {
    registry.add("junction.conversation.dialogs-dir", () -> SafetyDialogs.folder().toString());
    registry.add("junction.privacy.stats.key-prefix", () -> STATS);
  }

  @Autowired SafetyGate gate;
  @Autowired Pseudonyms pseudonyms;
  @Autowired StringRedisTemplate redis;

  final String userId = "U" + UUID.randomUUID().toString().replace("-", "");

  @AfterEach
  void deleteOwnKeys() {
    redis.delete(RateLimiter.PREFIX + person().pseudonym());
    redis.delete(redis.keys(STATS + "*"));
  }

  @Test
  void crisisMessageIsAnsweredWithTheLinesFromTheCrisisDialog() {
    SafetyGate.Screening screening = gate.screen(text("もう 死にたい…"));

    assertThat(screening).isInstanceOf(SafetyGate.Screening.Crisis.class);
    List<OutgoingMessage> answer = ((SafetyGate.Screening.Crisis) screening).answer();
    String all = texts(answer);
    assertThat(all)
        .contains("0570-783-556", "0120-279-338", "0120-061-338", "0570-064-556", "119", "110");
    assertThat(answer).hasSizeLessThanOrEqualTo(5);
    List<OutgoingMessage.Action> buttons = answer.get(answer.size() - 1).quickReplies();
    assertThat(buttons)
        .filteredOn(OutgoingMessage.Action.Uri.class::isInstance)
        .extracting(a -> ((OutgoingMessage.Action.Uri) a).uri())
        .contains("tel:0570-783-556", "tel:0120-279-338", "tel:0120-061-338", "tel:0570-064-556");
  }

  @Test
  void aCrisisToldAboutAFamilyMemberGetsTheLinesWordedForTheOneWhoIsWorried() {
    SafetyGate.Screening screening = gate.screen(text("息子が死にたいと言っています"));

    assertThat(screening).isInstanceOf(SafetyGate.Screening.Crisis.class);
    List<OutgoingMessage> answer = ((SafetyGate.Screening.Crisis) screening).answer();
    String all = texts(answer);
    assertThat(all).contains("0120-279-338", "0570-783-556", "119", "本人でなくても");
    assertThat(all).isNotEqualTo(texts(crisisAnswer("もう死にたい")));
  }

  private List<OutgoingMessage> crisisAnswer(String message) {
    return ((SafetyGate.Screening.Crisis) gate.screen(text(message))).answer();
  }

  @Test
  void crisisIsAnsweredEvenAfterThePersonWasRateLimited() {
    for (int i = 0; i < 6; i++) {
      pace(text("こんにちは"));
    }
    assertThat(pace(text("こんにちは"))).isInstanceOf(SafetyGate.Pace.Quiet.class);

    assertThat(gate.screen(text("消えたい"))).isInstanceOf(SafetyGate.Screening.Crisis.class);
  }

  @Test
  void screeningACrisisMessageNeverCountsItAgainstTheLimit() {
    gate.screen(text("死にたい"));

    assertThat(redis.hasKey(RateLimiter.PREFIX + person().pseudonym())).isFalse();
  }

  @Test
  void overTheLimitThePersonIsToldOnceThenLeftQuiet() {
    for (int i = 0; i < 3; i++) {
      assertThat(pace(text("高松の居場所"))).isInstanceOf(SafetyGate.Pace.Proceed.class);
    }

    SafetyGate.Pace fourth = pace(new Inbound.Postback(person(), "n=menu"));
    SafetyGate.Pace fifth = pace(text("まだ？"));
    SafetyGate.Pace sixth = pace(new Inbound.Other(person()));

    assertThat(fourth)
        .isInstanceOfSatisfying(
            SafetyGate.Pace.Pause.class,
            pause -> assertThat(texts(pause.note())).contains("お休み").doesNotContain("0120"));
    assertThat(fifth).isInstanceOf(SafetyGate.Pace.Quiet.class);
    assertThat(sixth).isInstanceOf(SafetyGate.Pace.Quiet.class);
  }

  @Test
  void theCounterLastsOneWindowAndNamesNoUser() {
    pace(text("こんにちは"));

    Long ttl = redis.getExpire(RateLimiter.PREFIX + person().pseudonym());
    assertThat(ttl).isBetween(1L, Duration.ofMinutes(5).toSeconds());
    assertThat(redis.keys(RateLimiter.PREFIX + "*")).noneMatch(k -> k.contains(userId));
  }

  @Test
  void followUnfollowAndUnsendAreNeverLimited() {
    for (int i = 0; i < 10; i++) {
      pace(text("こんにちは"));
    }

    assertThat(pace(new Inbound.Follow(person()))).isInstanceOf(SafetyGate.Pace.Proceed.class);
    assertThat(pace(new Inbound.Unfollow(person()))).isInstanceOf(SafetyGate.Pace.Proceed.class);
    assertThat(pace(new Inbound.Unsend(person(), "m1")))
        .isInstanceOf(SafetyGate.Pace.Proceed.class);
  }

  @Test
  void ordinaryTextGoesOnToTheDialogEngine() {
    assertThat(pace(text("高松市で家族会を探しています"))).isInstanceOf(SafetyGate.Pace.Proceed.class);
  }

  /** What the webhook does with an event: screen it once, and pace it when it is clear. */
  private SafetyGate.Pace pace(Inbound inbound) {
    SafetyGate.Screening screening = gate.screen(inbound);
    assertThat(screening).isInstanceOf(SafetyGate.Screening.Clear.class);
    return gate.pace((SafetyGate.Screening.Clear) screening);
  }

  private Inbound.Text text(String text) {
    return new Inbound.Text(person(), text, "m" + UUID.randomUUID());
  }

  private Person person() {
    return new Person(userId, pseudonyms.of(userId));
  }

  static String texts(List<OutgoingMessage> messages) {
    StringBuilder all = new StringBuilder();
    messages.forEach(
        m -> {
          if (m instanceof OutgoingMessage.Text t) {
            all.append(t.text()).append('\n');
          }
        });
    return all.toString();
  }
}
