package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.privacy.AnonymousStats;
import jp.junction.testing.SafetySlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With Redis unreachable (a closed port), crisis answers and nobody is limited. */
@SpringBootTest(
    classes = SafetySlice.class,
    properties = {"junction.redis.url=redis://127.0.0.1:1", "junction.safety.rate-limit=1"})
class RedisDownTests {

  @DynamicPropertySource
  static void dialogs(DynamicPropertyRegistry registry) {
    registry.add("junction.conversation.dialogs-dir", () -> SafetyDialogs.folder().toString());
  }

  @Autowired SafetyGate gate;
  @Autowired ConversationEngine engine;
  @Autowired DialogContent content;
  @Autowired AnonymousStats stats;

  final Person person = new Person("U" + UUID.randomUUID(), "p" + UUID.randomUUID());

  @Test
  void crisisIsAnsweredInFull() {
    assertThat(gate.screen(text("死にたい")))
        .isInstanceOfSatisfying(
            SafetyGate.Screening.Crisis.class,
            crisis ->
                assertThat(SafetyGateTests.texts(crisis.answer()))
                    .contains(CrisisDialogTests.LINES.toArray(String[]::new)));
  }

  @Test
  void ordinaryTextAndTapsAreClear() {
    assertThat(gate.screen(text("リスカしたい")))
        .isInstanceOfSatisfying(
            SafetyGate.Screening.Crisis.class,
            crisis -> assertThat(SafetyGateTests.texts(crisis.answer())).contains("0120-279-338"));
    assertThat(gate.screen(text("高松の居場所"))).isInstanceOf(SafetyGate.Screening.Clear.class);
    assertThat(gate.screen(new Inbound.Postback(person, "n=menu")))
        .isInstanceOf(SafetyGate.Screening.Clear.class);
  }

  @Test
  void nobodyIsLimitedWhenTheCounterCannotBeReached() {
    for (int i = 0; i < 5; i++) {
      assertThat(gate.pace(new SafetyGate.Screening.Clear(text("こんにちは"))))
          .isInstanceOf(SafetyGate.Pace.Proceed.class);
    }
  }

  @Test
  void recordingAndForgettingStatisticsNeverThrow() {
    stats.recordCrisis();
    stats.recordQuestion("香川県高松市", "居場所", false, "電話 090-1234-5678", "m1");
    stats.forgetMessage("m1");
  }

  private Inbound.Text text(String text) {
    return new Inbound.Text(person, text, "m" + UUID.randomUUID());
  }
}
