package jp.junction.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The engine over a small fixture folder, with state in the real Redis on 127.0.0.1:6379 (the
 * tests' database).
 */
class ConversationEngineTests {

  private final List<Object> published = new ArrayList<>();
  private LettuceConnectionFactory factory;
  private StringRedisTemplate redis;
  private ConversationEngine engine;
  private Person person;

  @BeforeEach
  void setUp() {
    factory = new LettuceConnectionFactory(TestRedis.standalone());
    factory.afterPropertiesSet();
    redis = new StringRedisTemplate(factory);
    redis.afterPropertiesSet();
    ConversationSettings settings =
        new ConversationSettings(
            Path.of("src/test/resources/dialogs-fixture"), Duration.ofMinutes(5), "echo", "echo");
    DialogContent content = new DialogContent(settings);
    engine =
        new ConversationEngine(
            content,
            List.of(new Echo()),
            new StateStore(redis, settings),
            settings,
            published::add);
    person =
        new Person(
            "U" + UUID.randomUUID().toString().replace("-", ""), "test-" + UUID.randomUUID());
  }

  @AfterEach
  void tearDown() {
    redis.delete(StateStore.PREFIX + person.pseudonym());
    factory.destroy();
  }

  @Test
  void followShowsTheGreetingWithItsQuickReplies() {
    List<OutgoingMessage> reply = engine.handle(new Inbound.Follow(person));

    assertThat(reply).hasSize(1);
    OutgoingMessage.Text text = (OutgoingMessage.Text) reply.get(0);
    assertThat(text.text()).isEqualTo("ようこそ");
    assertThat(text.quickReplies())
        .containsExactly(
            new OutgoingMessage.Action.Postback("さがす", "l=ja&n=ask", "さがす"),
            new OutgoingMessage.Action.Location("位置"));
  }

  @Test
  void triggersMatchWhateverTheWidthSpacesAndPunctuation() {
    assertThat(texts(engine.handle(text(" こんにちは！")))).containsExactly("ようこそ");
  }

  @Test
  void longestKeywordWinsSoStoppingIsNotMistakenForSubscribing() {
    assertThat(texts(engine.handle(text("お知らせ停止したい")))).containsExactly("停止しました");
    assertThat(texts(engine.handle(text("お知らせをください")))).containsExactly("お知らせです");
  }

  @Test
  void theNextTypedTextGoesToWhatTheBotAskedWithItsHint() {
    engine.handle(new Inbound.Postback(person, "n=ask"));

    assertThat(texts(engine.handle(text("高松")))).containsExactly("echo:高松/居場所");
    assertThat(redis.opsForHash().entries(StateStore.PREFIX + person.pseudonym())).isEmpty();
  }

  @Test
  void stateExpiresAfterTheConfiguredMinutes() {
    engine.handle(new Inbound.Postback(person, "n=ask"));

    Long ttl = redis.getExpire(StateStore.PREFIX + person.pseudonym());
    assertThat(ttl).isBetween(1L, 300L);
  }

  @Test
  void typedTextNoDialogKnowsGoesToTheDefaultAction() {
    assertThat(texts(engine.handle(text("前橋 家族会")))).containsExactly("echo:前橋 家族会/");
  }

  @Test
  void forgedOrUnknownPostbackDataGetsTheGentleFallback() {
    for (String data :
        List.of(
            "", "n=nowhere", "a=steal", "n=ask&n=ask", "%zz", "x".repeat(400), "n=ask&a=echo")) {
      List<OutgoingMessage> reply = engine.handle(new Inbound.Postback(person, data));
      assertThat(texts(reply)).as(data).containsExactly("うまく受け取れませんでした");
    }
  }

  @Test
  void anEmptyAnswerFromAnActionFallsBackInsteadOfSilence() {
    assertThat(texts(engine.handle(text("empty")))).containsExactly("うまく受け取れませんでした");
  }

  @Test
  void anActionCanEndWithADialogNodeWhoseExpectationThenHolds() {
    assertThat(texts(engine.handle(text("show ask")))).containsExactly("まず", "どこでさがしますか");

    assertThat(texts(engine.handle(text("高松")))).containsExactly("echo:高松/居場所");
  }

  @Test
  void anActionShowingANodeTheDialogsLackGetsTheGentleFallback() {
    assertThat(texts(engine.handle(text("show nowhere")))).containsExactly("うまく受け取れませんでした");
  }

  @Test
  void unfollowPublishesAnEventAndSaysNothing() {
    assertThat(engine.handle(new Inbound.Unfollow(person))).isEmpty();
    assertThat(published).containsExactly(new ConversationEvents.PersonUnfollowed(person));
  }

  @Test
  void theGroupNoteRendersWithoutAnyState() {
    assertThat(texts(engine.renderOccasion(Occasion.GROUP))).containsExactly("1対1でどうぞ");
  }

  private Inbound.Text text(String value) {
    return new Inbound.Text(person, value, "m1");
  }

  private static List<String> texts(List<OutgoingMessage> messages) {
    return messages.stream().map(m -> ((OutgoingMessage.Text) m).text()).toList();
  }

  /**
   * Answers "echo:<text>/<hint>", nothing for "empty", and for "show <node>" a first line and then
   * that node.
   */
  private static final class Echo implements DialogAction {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public ActionResult run(ActionContext context) {
      if ("empty".equals(context.text())) {
        return ActionResult.nothing();
      }
      if (context.text() != null && context.text().startsWith("show ")) {
        NodeKey node = () -> context.text().substring("show ".length());
        return ActionResult.show(List.of(new OutgoingMessage.Text("まず")), node);
      }
      return ActionResult.say(
          new OutgoingMessage.Text(
              "echo:" + context.text() + "/" + context.args().getOrDefault("hint", "")));
    }
  }
}
