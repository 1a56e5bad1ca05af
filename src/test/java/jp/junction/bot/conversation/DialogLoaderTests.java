package jp.junction.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogLoaderTests {

  @TempDir Path dir;

  @Test
  void anUnknownKeyStopsLoadingWithFileAndKey() {
    assertThatThrownBy(() -> load(Path.of("src/test/resources/dialogs-broken")))
        .isInstanceOf(DialogException.class)
        .hasMessageContaining("bad.yml")
        .hasMessageContaining("unknown key 'colour'");
  }

  @Test
  void aBrokenReferenceATooLongLabelAndADuplicateIdAreAllReported() throws IOException {
    write(
        "a.yml",
        """
        nodes:
          - id: start
            on: [follow, fallback, group]
            say: [hi]
            choices:
              - label: とても長いラベルはLINEでは二十文字までしか表示できません
                goto: start
              - label: どこか
                goto: nowhere
        """);
    write(
        "b.yml",
        """
        nodes:
          - id: start
            say: [again]
        """);

    assertThatThrownBy(() -> load(dir))
        .hasMessageContaining("a.yml: nodes.start.choices[0].label")
        .hasMessageContaining("a.yml: nodes.start.choices[1].goto: no node 'nowhere'")
        .hasMessageContaining("b.yml: nodes.start: duplicate node id");
  }

  @Test
  void unknownActionsAreReportedOnceTheActionsAreKnown() throws IOException {
    write(
        "a.yml",
        """
        nodes:
          - id: start
            on: [follow, fallback, group]
            say: [hi]
            action: teleport
        """);
    DialogLoader.Loaded loaded = load(dir);

    assertThatThrownBy(() -> loaded.verify(Set.of("search")))
        .hasMessageContaining("nodes.start.action: no action 'teleport'");
  }

  @Test
  void requiringKeysTheDialogsLackNamesEachOfThem() {
    DialogContent content = fixtureContent();

    TextKey echoSaid = () -> "echo.said";
    NodeKey hello = () -> "hello";
    TextKey none = () -> "search.none";
    ListKey phrases = () -> "crisis_phrases";
    NodeKey nowhere = () -> "nowhere";

    content.require(echoSaid, hello);
    assertThatThrownBy(() -> content.require(echoSaid, hello, none, phrases, nowhere))
        .isInstanceOf(DialogException.class)
        .hasMessageContaining("texts.search.none: missing")
        .hasMessageContaining("lists.crisis_phrases: missing")
        .hasMessageContaining("nodes.nowhere: missing")
        .hasMessageNotContaining("echo.said");
  }

  @Test
  void anOccasionNoCodeNamesIsRefused() throws IOException {
    write(
        "a.yml",
        """
        nodes:
          - id: start
            on: [follow, fallback, group, birthday]
            say: [hi]
        """);

    assertThatThrownBy(() -> load(dir)).hasMessageContaining("unknown occasion 'birthday'");
  }

  @Test
  void moreThanThirteenQuickRepliesAreRefused() throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "nodes:\n  - id: s\n    on: [follow, fallback, group]\n"
                + "    say: [hi]\n    choices:\n");
    for (int i = 0; i < 14; i++) {
      yaml.append("      - label: c").append(i).append("\n        goto: s\n");
    }
    write("a.yml", yaml.toString());

    assertThatThrownBy(() -> load(dir)).hasMessageContaining("more than 13 quick replies");
  }

  @Test
  void aLinkThatIsNotHttpsOrThatLineWouldRefuseIsReported() throws IOException {
    String choices =
        """
          - label: 古いサイト
            url: http://example.jp/
          - label: 長いサイト
            url: https://example.jp/%s
        """
            .formatted("a".repeat(1000));
    write(
        "a.yml",
        "nodes:\n  - id: start\n    on: [follow]\n    say: [hi]\n    choices:\n"
            + choices.indent(4));

    assertThatThrownBy(() -> load(dir))
        .hasMessageContaining("nodes.start.choices[0].url: must start with https://")
        .hasMessageContaining("nodes.start.choices[1].url: the link is 1019 characters long");
  }

  @Test
  void aMissingFolderNamesTheVariable() {
    assertThatThrownBy(() -> load(dir.resolve("nope")))
        .hasMessageContaining("JUNCTION_DIALOGS_DIR");
  }

  @Test
  void placeholdersAreFilledFromValues() {
    DialogContent content = fixtureContent();
    TextKey echoSaid = () -> "echo.said";
    assertThat(content.text(echoSaid, java.util.Map.of("text", "a", "hint", "b"))).isEqualTo("a/b");
  }

  private static DialogContent fixtureContent() {
    return new DialogContent(
        new ConversationSettings(
            Path.of("src/test/resources/dialogs-fixture"), Duration.ofMinutes(5), "echo", "echo"));
  }

  private DialogLoader.Loaded load(Path folder) {
    return new DialogLoader().load(folder, null);
  }

  private void write(String name, String yaml) throws IOException {
    Files.writeString(dir.resolve(name), yaml);
  }
}
