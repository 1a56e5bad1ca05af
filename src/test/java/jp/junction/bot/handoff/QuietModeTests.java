package jp.junction.bot.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.ConversationHold.Verdict;
import jp.junction.bot.conversation.ConversationState;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The quiet mode on the real Redis (keys of the test's own) with a clock the test moves: the tap
 * starts it and says when staff answer, each message renews it, 「メニュー」 or a tap on the bot's
 * buttons or the time running out bring the bot back with a note, erasure removes it, and staff can
 * count who waits without learning who. (The crisis answer is sent by the webhook before the
 * conversation, so no hold can stop it: {@code HandoffOverWebhookTests} shows it while quiet.)
 */
class QuietModeTests {

  @RegisterExtension static final TestRedis redis = new TestRedis();

  private final HandoffFixture.MovingClock clock =
      new HandoffFixture.MovingClock(HandoffFixture.WEDNESDAY_2PM);
  private HandoffSettings settings;
  private QuietStore store;
  private HandoffHold hold;
  private Map<String, DialogAction> actions;
  private Person person;

  @BeforeEach
  void setUp() {
    StringRedisTemplate template = redis.template();
    settings = HandoffFixture.on(redis.prefix() + "{handoff}:");
    build(settings, template);
    person =
        new Person("U" + UUID.randomUUID(), "p" + UUID.randomUUID().toString().substring(0, 8));
  }

  private void build(HandoffSettings s, StringRedisTemplate template) {
    store = new QuietStore(template, s, clock);
    hold = new HandoffHold(s, store, HandoffFixture.CONTENT);
    actions = new HashMap<>();
    new HandoffActions(s, store, HandoffFixture.CONTENT, clock)
        .actions()
        .forEach(a -> actions.put(a.name(), a));
  }

  @Test
  void theTapDuringStaffHoursSaysSoAndWhenTheyAnswerThenTheBotIsQuiet() {
    ActionResult.Show started = start();

    String said = text(started.first().get(0));
    assertThat(said)
        .contains("いまは受付の時間です")
        .contains("月曜〜金曜の10:00〜12:00、13:00〜17:00")
        .contains("60分")
        .contains("LINEの表示名");
    assertThat(started.node()).isEqualTo(HandoffNodes.WAITING);
    assertThat(hold.before(typed("家族のことで相談があります"))).isInstanceOf(Verdict.Quiet.class);
    assertThat(hold.before(new Inbound.Other(person))).isInstanceOf(Verdict.Quiet.class);
    assertThat(store.waiting()).isEqualTo(1);
  }

  @Test
  void outsideStaffHoursTheTapSaysHonestlyThatNobodyAnswersNowAndWhenTheyWillRead() {
    clock.set(HandoffFixture.WEDNESDAY_2PM.plusDays(2).withHour(18)); // Friday 18:00

    String said = text(start().first().get(0));

    assertThat(said).contains("受付の時間の外").contains("すぐにはお返事できません").contains("12月7日（月曜）の10:00");
    assertThat(hold.before(typed("週明けでいいです"))).isInstanceOf(Verdict.Quiet.class);
  }

  @Test
  void eachMessageCountsTheQuietTimeAgainAndTheFirstMessageAfterItRanOutHearsTheBotIsBack() {
    start();
    clock.advance(Duration.ofMinutes(50));
    assertThat(hold.before(typed("まだいますか"))).isInstanceOf(Verdict.Quiet.class);
    clock.advance(Duration.ofMinutes(50));
    assertThat(hold.before(typed("待っています")))
        .as("renewed at 50 min")
        .isInstanceOf(Verdict.Quiet.class);

    clock.advance(Duration.ofMinutes(61));
    Verdict back = hold.before(typed("居場所 高松"));

    assertThat(note(back)).contains("60分たったので").contains("botの自動のお返事に戻りました");
    assertThat(store.waiting()).isZero();
    assertThat(hold.before(typed("居場所 高松"))).isEqualTo(Verdict.proceed());
  }

  @Test
  void menuOrBackToTheBotHoweverTypedBringsTheBotBackWithAShortNote() {
    for (String typed : List.of("メニュー", "ﾒﾆｭｰ！", "ボットに戻る", "botに戻る。", "データを消して")) {
      start();
      Verdict back = hold.before(typed(typed));
      assertThat(note(back)).as(typed).contains("botに戻りました");
      assertThat(hold.before(typed("こんにちは"))).as(typed).isEqualTo(Verdict.proceed());
    }
  }

  @Test
  void aTapOnTheBotsButtonsBringsItBackButTappingStaffAgainOnlyRenews() {
    start();
    assertThat(hold.before(new Inbound.Postback(person, "a=handoff.start")))
        .isEqualTo(Verdict.proceed());
    assertThat(hold.before(typed("よろしくお願いします"))).isInstanceOf(Verdict.Quiet.class);

    assertThat(note(hold.before(new Inbound.Postback(person, "n=find_place"))))
        .contains("botに戻りました");
    assertThat(hold.before(typed("よろしくお願いします"))).isEqualTo(Verdict.proceed());
  }

  @Test
  void eraseRemovesThePersonsKeyAndTheirPlaceInTheCount() {
    start();
    Person other = new Person("U2", "other-" + UUID.randomUUID().toString().substring(0, 8));
    actions.get(HandoffActions.START).run(context(new Inbound.Postback(other, "a=handoff.start")));
    assertThat(store.waiting()).isEqualTo(2);

    assertThat(store.erase(person)).isTrue();

    assertThat(hold.before(typed("こんにちは"))).isEqualTo(Verdict.proceed());
    assertThat(store.waiting()).isEqualTo(1);
    assertThat(redis.template().hasKey(settings.keyPrefix() + "p:" + person.pseudonym())).isFalse();
    assertThat(redis.template().opsForZSet().range(settings.keyPrefix() + "waiting", 0, -1))
        .containsExactly(other.pseudonym());
    assertThat(store.erase(person)).as("nothing left to erase").isFalse();
  }

  @Test
  void theCountHoldsOnlyPseudonymsWithTtlsAndForgetsThoseWhoseTimeRanOut() {
    start();
    String personKey = settings.keyPrefix() + "p:" + person.pseudonym();
    String waitingKey = settings.keyPrefix() + "waiting";
    assertThat(redis.template().getExpire(personKey)).isPositive();
    assertThat(redis.template().getExpire(waitingKey)).isPositive();
    assertThat(redis.template().opsForZSet().range(waitingKey, 0, -1))
        .containsExactly(person.pseudonym());

    clock.advance(Duration.ofMinutes(61));

    assertThat(store.waiting()).isZero();
  }

  @Test
  void withTheStaffChatOffNothingIsHeldNothingIsWrittenAndTheTapShowsTheNationalLines() {
    HandoffSettings off =
        new HandoffSettings(
            false,
            settings.days(),
            settings.hours(),
            settings.quietFor(),
            settings.returnNoteWithin(),
            settings.keyPrefix());
    build(off, redis.template());

    ActionResult result =
        actions
            .get(HandoffActions.START)
            .run(context(new Inbound.Postback(person, "a=handoff.start")));

    assertThat(result).isEqualTo(ActionResult.show(HandoffNodes.PEOPLE));
    assertThat(hold.before(typed("こんにちは"))).isEqualTo(Verdict.proceed());
    assertThat(redis.template().hasKey(settings.keyPrefix() + "p:" + person.pseudonym())).isFalse();
    assertThat(actions.get(HandoffActions.PEOPLE).run(context(typed("人と話したい"))))
        .isEqualTo(ActionResult.show(HandoffNodes.PEOPLE));
  }

  private ActionResult.Show start() {
    return (ActionResult.Show)
        actions
            .get(HandoffActions.START)
            .run(context(new Inbound.Postback(person, "a=handoff.start")));
  }

  private Inbound.Text typed(String text) {
    return new Inbound.Text(person, text, "m" + UUID.randomUUID());
  }

  private static ActionContext context(Inbound inbound) {
    return new ActionContext(inbound, Map.of(), new NoState());
  }

  private static String note(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Proceed.class);
    List<OutgoingMessage> note = ((Verdict.Proceed) verdict).note();
    assertThat(note).hasSize(1);
    return text(note.get(0));
  }

  private static String text(OutgoingMessage message) {
    return ((OutgoingMessage.Text) message).text();
  }

  /** The actions here keep nothing in the conversation state. */
  private static final class NoState implements ConversationState {
    @Override
    public Optional<String> get(String key) {
      return Optional.empty();
    }

    @Override
    public void put(String key, String value) {
      throw new AssertionError("no state expected: " + key);
    }

    @Override
    public void remove(String key) {}

    @Override
    public boolean available() {
      return true;
    }
  }
}
