package jp.junction.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real {@code dialogs/} folder, checked like code: it loads without a single problem, and what
 * the bot promises in the greeting holds (no name needed, take your time, how to erase).
 */
class DialogFolderTests {

  private static final Path DIALOGS = Path.of("dialogs");
  private final DialogCatalog catalog = new DialogLoader().load(DIALOGS, null).catalog();

  @Test
  void theRealDialogsLoadWithoutProblems() {
    assertThat(catalog.nodes())
        .containsKeys(
            "greeting",
            "menu",
            "help",
            "privacy",
            "fallback",
            "find_place",
            "family",
            "counters",
            "online",
            "about");
  }

  @Test
  void theGreetingSaysNoNameIsNeededThatThereIsNoHurryAndHowToErase() {
    String greeting = String.join("\n", catalog.on(Occasion.FOLLOW).orElseThrow().say());
    assertThat(greeting).contains("名前").contains("ペース").contains("データを消して");
  }

  @Test
  void theFallbackNeverDeadEnds() {
    DialogFile.Node fallback = catalog.on(Occasion.FALLBACK).orElseThrow();
    assertThat(fallback.choices()).isNotEmpty();
    assertThat(fallback.choices()).anySatisfy(c -> assertThat(c.gotoNode()).isEqualTo("menu"));
  }

  @Test
  void theMenuOffersEveryPathTheBotPromises() {
    assertThat(catalog.node("menu").orElseThrow().choices())
        .extracting(DialogFile.Choice::gotoNode)
        .contains(
            "find_place", "family", "counters", "online", "about", "erase", "events", "notices");
  }

  @Test
  void noNodeAsksForAName() {
    Pattern asksName = Pattern.compile("(?<![町市区村])(?<!町の)(お名前|名前を(教えて|入力|送って))");
    catalog
        .nodes()
        .values()
        .forEach(
            node ->
                node.say()
                    .forEach(
                        text -> assertThat(asksName.matcher(text).find()).as(node.id()).isFalse()));
  }
}
