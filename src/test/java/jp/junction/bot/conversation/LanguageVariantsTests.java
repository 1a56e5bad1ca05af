package jp.junction.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The やさしい日本語 and English variants in {@code dialogs/easy/} and {@code dialogs/en/}: every line
 * must be there, nothing but words may change, and the engine answers in the person's language —
 * English at once for a message in English (with a way back), the picked one for the rest of the
 * conversation — with the state in the real Redis.
 */
class LanguageVariantsTests {

  @TempDir Path dir;

  private LettuceConnectionFactory factory;
  private StringRedisTemplate redis;
  private final Person person =
      new Person("U" + UUID.randomUUID().toString().replace("-", ""), "test-" + UUID.randomUUID());

  @BeforeEach
  void redis() {
    factory = new LettuceConnectionFactory(TestRedis.standalone());
    factory.afterPropertiesSet();
    redis = new StringRedisTemplate(factory);
    redis.afterPropertiesSet();
  }

  @AfterEach
  void tearDown() {
    redis.delete(StateStore.PREFIX + person.pseudonym());
    factory.destroy();
  }

  static final String STANDARD =
      """
      nodes:
        - id: menu
          triggers: [メニュー]
          on: [follow, fallback, group]
          say: [メニューです]
          choices:
            - label: さがす
              goto: menu
            - label: もどる
              text: メニュー
      texts:
        t.found: "{count}件見つけました"
      """;

  static final String LANGUAGE =
      """
      nodes:
        - id: language
          triggers: [ことば]
          say: [どのことばで？]
          choices:
            - label: 日本語
              action: language
              args: {to: ja}
            - label: English
              action: language
              args: {to: en}
        - id: language_done
          say: [日本語で話します]
      texts:
        language.switched: 英語で答えます
        language.back: 日本語
      lists:
        language_english_words: [is, there, any, in, i, want, to, talk, someone, the]
      """;

  static final String ENGLISH =
      """
      nodes:
        - id: menu
          triggers: [menu]
          say: [This is the menu]
          choices:
            - label: Search
            - label: Back
              text: menu
      texts:
        t.found: "I found {count}"
      """;

  static final String ENGLISH_LANGUAGE =
      """
      nodes:
        - id: language
          say: ["Which language?"]
          choices:
            - label: 日本語
            - label: English
        - id: language_done
          say: ["I'll write in English"]
      texts:
        language.switched: "I'll answer in English"
        language.back: 日本語
      """;

  @Test
  void aVariantLackingAMessageOrAKeyStopsLoadingNamingItsFileAndKey() throws IOException {
    write("a.yml", STANDARD);
    write("en/a.yml", "nodes:\n  - id: menu\n    say: [Menu]\n    choices:\n      - label: S\n");

    assertThatThrownBy(() -> new DialogLoader().load(dir, null))
        .isInstanceOf(DialogException.class)
        .hasMessageContaining("en/a.yml: texts.t.found: missing")
        .hasMessageContaining("en/a.yml: nodes.menu.choices: needs 2 choices");
  }

  @Test
  void aVariantMayChangeWordsOnlyNotActionsPlaceholdersOrAMissingFile() throws IOException {
    write("a.yml", STANDARD);
    write("b.yml", "texts:\n  t.other: ほか\n");
    write(
        "en/a.yml",
        """
        nodes:
          - id: menu
            action: search
            say: [Menu]
            choices:
              - label: Search
                goto: elsewhere
              - label: Back
        texts:
          t.found: "I found {number}"
        """);

    assertThatThrownBy(() -> new DialogLoader().load(dir, null))
        .hasMessageContaining("en/a.yml: nodes.menu: a variant gives only say")
        .hasMessageContaining("en/a.yml: nodes.menu.choices[0]: a variant gives only the label")
        .hasMessageContaining("en/a.yml: texts.t.found: placeholders [number] differ")
        .hasMessageContaining("en/b.yml: missing");
  }

  @Test
  void aVariantsWordsReplaceTheStandardOnesAndItsTriggersAreAdded() throws IOException {
    write("a.yml", STANDARD);
    write("en/a.yml", ENGLISH);
    DialogContent content = content();

    assertThat(content.offers(Language.ENGLISH)).isTrue();
    assertThat(content.offers(Language.EASY)).as("no easy/ folder").isFalse();
    assertThat(content.text(Texts.FOUND, Map.of("count", 3))).isEqualTo("3件見つけました");
    assertThat(
            content.speaking(Language.ENGLISH, () -> content.text(Texts.FOUND, Map.of("count", 3))))
        .isEqualTo("I found 3");
    assertThat(content.speaking(Language.EASY, () -> content.text(Texts.FOUND, Map.of("count", 3))))
        .as("a language the folder lacks is standard Japanese")
        .isEqualTo("3件見つけました");
    assertThat(content.speaking(Language.ENGLISH, () -> content.nodeTriggeredBy("menu")))
        .contains("menu");
    assertThat(content.speaking(Language.ENGLISH, () -> content.nodeTriggeredBy("メニュー")))
        .contains("menu");
  }

  @Test
  void aMessageInEnglishIsAnsweredInEnglishWithAWayBackAndTheChoiceLasts() throws IOException {
    write("a.yml", STANDARD);
    write("language.yml", LANGUAGE);
    write("en/a.yml", ENGLISH);
    write("en/language.yml", ENGLISH_LANGUAGE);
    ConversationEngine engine = engine(content());

    List<OutgoingMessage> reply = engine.handle(text("Is there anyone I can talk to?"));

    assertThat(texts(reply)).containsExactly("I'll answer in English", "found:I found 1");
    List<OutgoingMessage.Action> chips = reply.get(reply.size() - 1).quickReplies();
    assertThat(chips).extracting(OutgoingMessage.Action::label).containsExactly("日本語");

    // The next message, in Japanese or not, is still answered in English.
    assertThat(texts(engine.handle(text("メニュー")))).containsExactly("This is the menu");

    // The way back: the tap switches to Japanese for this answer and the ones after it.
    OutgoingMessage.Action.Postback back = (OutgoingMessage.Action.Postback) chips.get(0);
    assertThat(texts(engine.handle(new Inbound.Postback(person, back.data()))))
        .containsExactly("日本語で話します");
    assertThat(texts(engine.handle(text("メニュー")))).containsExactly("メニューです");
    assertThat(redis.opsForHash().get(StateStore.PREFIX + person.pseudonym(), "lang")).isNull();
  }

  @Test
  void aButtonWithoutItsLanguageIsAnsweredInTheKeptOneAndAChosenLanguageIsNotSwitched()
      throws IOException {
    write("a.yml", STANDARD);
    write("language.yml", LANGUAGE);
    write("en/a.yml", ENGLISH);
    write("en/language.yml", ENGLISH_LANGUAGE);
    ConversationEngine engine = engine(content());

    engine.handle(text("Is there anyone I can talk to?"));
    // The rich menu's buttons and a push's carry no language: the kept one answers.
    assertThat(texts(engine.handle(new Inbound.Postback(person, "n=menu"))))
        .containsExactly("This is the menu");

    // Back to Japanese by choice: a message in English no longer turns the chat to English.
    engine.handle(new Inbound.Postback(person, "l=en&a=language&to=ja"));
    assertThat(texts(engine.handle(text("Is there anyone I can talk to?"))))
        .containsExactly("found:1件見つけました");
  }

  @Test
  void romajiJapaneseAndAPlaceNameDoNotTurnTheConversationToEnglish() throws IOException {
    write("a.yml", STANDARD);
    write("language.yml", LANGUAGE);
    write("en/a.yml", ENGLISH);
    write("en/language.yml", ENGLISH_LANGUAGE);
    ConversationEngine engine = engine(content());

    assertThat(texts(engine.handle(text("takamatsu de ibasho aru?"))))
        .containsExactly("found:1件見つけました");
    assertThat(texts(engine.handle(text("Takamatsu")))).containsExactly("found:1件見つけました");
    assertThat(engine.languageOf("I want to talk to someone")).isEqualTo(Language.ENGLISH);
    assertThat(engine.languageOf("高松で居場所 is there")).isEqualTo(Language.STANDARD);
  }

  private enum Texts implements TextKey {
    FOUND;

    @Override
    public String key() {
      return "t.found";
    }
  }

  /** The default action: says t.found, in the language being spoken. */
  private static final class Found implements DialogAction {
    private final DialogContent content;

    Found(DialogContent content) {
      this.content = content;
    }

    @Override
    public String name() {
      return "found";
    }

    @Override
    public ActionResult run(ActionContext context) {
      return ActionResult.say(
          new OutgoingMessage.Text("found:" + content.text(Texts.FOUND, Map.of("count", 1))));
    }
  }

  private DialogContent content() {
    return new DialogContent(settings());
  }

  private ConversationSettings settings() {
    return new ConversationSettings(dir, Duration.ofMinutes(5), "found", "found");
  }

  private ConversationEngine engine(DialogContent content) {
    List<Object> published = new ArrayList<>();
    return new ConversationEngine(
        content,
        List.of(new Found(content), new LanguageAction(content)),
        new StateStore(redis, settings()),
        settings(),
        published::add);
  }

  private Inbound.Text text(String text) {
    return new Inbound.Text(person, text, "m-" + UUID.randomUUID());
  }

  private static List<String> texts(List<OutgoingMessage> messages) {
    return messages.stream()
        .map(m -> m instanceof OutgoingMessage.Text t ? t.text() : m.toString())
        .toList();
  }

  private void write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
  }
}
