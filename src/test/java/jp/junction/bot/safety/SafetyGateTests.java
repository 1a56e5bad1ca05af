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
      "junction.redis.url=redis://127.0.0.1:6379",
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
    SafetyGate.Decision decision = gate.check(text("もう 死にたい…"));

    assertThat(decision).isInstanceOf(SafetyGate.Decision.Answer.class);
    SafetyGate.Decision.Answer answer = (SafetyGate.Decision.Answer) decision;
    assertThat(answer.reason()).isEqualTo("crisis");
    String all = texts(answer.messages());
    assertThat(all)
        .contains("0570-783-556", "0120-279-338", "0120-061-338", "0570-064-556", "119", "110");
    assertThat(answer.messages()).hasSizeLessThanOrEqualTo(5);
    List<OutgoingMessage.Action> buttons =
        answer.messages().get(answer.messages().size() - 1).quickReplies();
    assertThat(buttons)
        .filteredOn(OutgoingMessage.Action.Uri.class::isInstance)
        .extracting(a -> ((OutgoingMessage.Action.Uri) a).uri())
        .contains("tel:0570-783-556", "tel:0120-279-338", "tel:0120-061-338", "tel:0570-064-556");
  }

  @Test
  void crisisIsAnsweredEvenAfterThePersonWasRateLimited() {
    for (int i = 0; i < 6; i++) {
      gate.check(text("こんにちは"));
    }
    assertThat(gate.check(text("こんにちは"))).isInstanceOf(SafetyGate.Decision.Quiet.class);

    SafetyGate.Decision decision = gate.check(text("消えたい"));

    assertThat(decision)
        .isInstanceOfSatisfying(
            SafetyGate.Decision.Answer.class, a -> assertThat(a.reason()).isEqualTo("crisis"));
  }

  @Test
  void overTheLimitThePersonIsToldOnceThenLeftQuiet() {
    for (int i = 0; i < 3; i++) {
      assertThat(gate.check(text("高松の居場所"))).isInstanceOf(SafetyGate.Decision.Proceed.class);
    }

    SafetyGate.Decision fourth = gate.check(new Inbound.Postback(person(), "n=menu"));
    SafetyGate.Decision fifth = gate.check(text("まだ？"));
    SafetyGate.Decision sixth = gate.check(new Inbound.Other(person()));

    assertThat(fourth)
        .isInstanceOfSatisfying(
            SafetyGate.Decision.Answer.class,
            a -> {
              assertThat(a.reason()).isEqualTo("rate_limited");
              assertThat(texts(a.messages())).contains("お休み").doesNotContain("0120");
            });
    assertThat(fifth).isInstanceOf(SafetyGate.Decision.Quiet.class);
    assertThat(sixth).isInstanceOf(SafetyGate.Decision.Quiet.class);
  }

  @Test
  void theCounterLastsOneWindowAndNamesNoUser() {
    gate.check(text("こんにちは"));

    Long ttl = redis.getExpire(RateLimiter.PREFIX + person().pseudonym());
    assertThat(ttl).isBetween(1L, Duration.ofMinutes(5).toSeconds());
    assertThat(redis.keys(RateLimiter.PREFIX + "*")).noneMatch(k -> k.contains(userId));
  }

  @Test
  void followUnfollowAndUnsendAreNeverLimited() {
    for (int i = 0; i < 10; i++) {
      gate.check(text("こんにちは"));
    }

    assertThat(gate.check(new Inbound.Follow(person())))
        .isInstanceOf(SafetyGate.Decision.Proceed.class);
    assertThat(gate.check(new Inbound.Unfollow(person())))
        .isInstanceOf(SafetyGate.Decision.Proceed.class);
    assertThat(gate.check(new Inbound.Unsend(person(), "m1")))
        .isInstanceOf(SafetyGate.Decision.Proceed.class);
  }

  @Test
  void ordinaryTextGoesOnToTheDialogEngine() {
    assertThat(gate.check(text("高松市で家族会を探しています"))).isInstanceOf(SafetyGate.Decision.Proceed.class);
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
