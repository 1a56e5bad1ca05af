package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.safety.SafetyDialogs;
import jp.junction.bot.safety.SafetyGate;
import jp.junction.testing.SafetySlice;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 「データを消して」 → one tap → everything about the person is gone, and the reply says what. */
@SpringBootTest(classes = SafetySlice.class)
@Tag(TestRedis.CLUSTER_TAG)
class EraseFlowTests {

  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void dialogs(DynamicPropertyRegistry registry) {
    registry.add("junction.conversation.dialogs-dir", () -> SafetyDialogs.folder().toString());
    ownKeys.register(registry);
  }

  @Autowired SafetyGate gate;
  @Autowired ConversationEngine engine;
  @Autowired DialogContent content;
  @Autowired Pseudonyms pseudonyms;
  @Autowired StringRedisTemplate redis;
  @Autowired List<PersonalData> kinds;

  final String userId = "U" + UUID.randomUUID().toString().replace("-", "");

  @AfterEach
  void deleteOwnKeys() {
    ownKeys.wrote(stateKey(), limitKey());
  }

  @Test
  void confirmingErasesStateAndCountersAndListsWhatWasErased() {
    say("高松の居場所");
    assertThat(redis.hasKey(stateKey())).isTrue();
    assertThat(redis.hasKey(limitKey())).isTrue();

    List<OutgoingMessage> confirm = say("データを消して");
    OutgoingMessage.Action.Postback eraseTap = eraseButton(confirm);
    List<OutgoingMessage> done = tap(eraseTap.data());

    assertThat(redis.hasKey(stateKey())).isFalse();
    assertThat(redis.hasKey(limitKey())).isFalse();
    assertThat(text(done))
        .startsWith(content.text(PrivacyTexts.ERASED).lines().findFirst().orElseThrow())
        .contains(names(kinds));
  }

  @Test
  void erasingTwiceSaysThereWasNothingLeft() {
    say("忘れて");
    tap("a=privacy.erase");

    List<OutgoingMessage> again = engine.handle(new Inbound.Postback(person(), "a=privacy.erase"));

    assertThat(text(again)).isEqualTo(content.text(PrivacyTexts.ERASED_NOTHING));
  }

  @Test
  void forgetAndTheMenuNodeBothAskForConfirmationFirst() {
    say("高松の居場所");

    List<OutgoingMessage> forget = say("忘れて");
    List<OutgoingMessage> fromMenu = engine.handle(new Inbound.Postback(person(), "n=erase"));

    assertThat(eraseButton(forget)).isNotNull();
    assertThat(eraseButton(fromMenu)).isNotNull();
    assertThat(redis.hasKey(stateKey())).isTrue();
  }

  @Test
  void blockingTheBotErasesEverythingSilently() {
    say("高松の居場所");

    List<OutgoingMessage> reply = engine.handle(new Inbound.Unfollow(person()));

    assertThat(reply).isEmpty();
    assertThat(redis.hasKey(stateKey())).isFalse();
    assertThat(redis.hasKey(limitKey())).isFalse();
  }

  private List<OutgoingMessage> say(String text) {
    Inbound inbound = new Inbound.Text(person(), text, "m" + UUID.randomUUID());
    assertThat(gate.pace(new SafetyGate.Screening.Clear(inbound)))
        .isInstanceOf(SafetyGate.Pace.Proceed.class);
    return engine.handle(inbound);
  }

  private List<OutgoingMessage> tap(String data) {
    Inbound inbound = new Inbound.Postback(person(), data);
    assertThat(gate.pace(new SafetyGate.Screening.Clear(inbound)))
        .isInstanceOf(SafetyGate.Pace.Proceed.class);
    return engine.handle(inbound);
  }

  static OutgoingMessage.Action.Postback eraseButton(List<OutgoingMessage> messages) {
    return messages.get(messages.size() - 1).quickReplies().stream()
        .filter(OutgoingMessage.Action.Postback.class::isInstance)
        .map(OutgoingMessage.Action.Postback.class::cast)
        .filter(p -> p.data().contains("privacy.erase"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no erase button in " + messages));
  }

  /** How the reply names each kind of kept data (conversation state, the message counter). */
  static String[] names(DialogContent content, List<PersonalData> kinds) {
    return kinds.stream().map(k -> content.text(k.textKey())).toArray(String[]::new);
  }

  private String[] names(List<PersonalData> kinds) {
    return names(content, kinds);
  }

  static String text(List<OutgoingMessage> messages) {
    assertThat(messages).hasSize(1).first().isInstanceOf(OutgoingMessage.Text.class);
    return ((OutgoingMessage.Text) messages.get(0)).text();
  }

  private Person person() {
    return new Person(userId, pseudonyms.of(userId));
  }

  private String stateKey() {
    return "jb:conv:" + person().pseudonym();
  }

  private String limitKey() {
    return "jb:rl:" + person().pseudonym();
  }
}
