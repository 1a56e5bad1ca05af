package jp.junction.bot.richmenu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.DialogException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rich menu file is read and held to LINE's limits and to the dialogs: the real one passes and
 * every tap reaches a dialog node; each kind of mistake is refused with the key that has it.
 */
class RichMenuReaderTests {

  static final Path DIALOGS = Path.of("dialogs");
  static final DialogContent REAL = dialogs(DIALOGS);

  @TempDir Path dir;

  @Test
  void theShippedMenuReadsAndEveryTapReachesADialogNodeNotTheSearch() {
    RichMenu menu = new RichMenuReader(REAL).read(DIALOGS).orElseThrow();

    assertThat(menu.areas()).hasSizeBetween(1, 20);
    assertThat(menu.chatBarText().length()).isLessThanOrEqualTo(14);
    for (RichMenu.Area area : menu.areas()) {
      if (area.tap() instanceof RichMenu.Message m) {
        assertThat(REAL.nodeTriggeredBy(m.text())).as(area.label()).isPresent();
      } else {
        RichMenu.Postback p = (RichMenu.Postback) area.tap();
        assertThat(p.data()).as(area.label()).startsWith("n=");
        assertThat(REAL.hasNode(p.data().substring(2))).as(area.label()).isTrue();
        assertThat(p.displayText()).isEqualTo(area.label());
      }
    }
  }

  @Test
  void theShippedMenuOffersTheWaysInThatWorkToday() {
    RichMenu menu = new RichMenuReader(REAL).read(DIALOGS).orElseThrow();

    assertThat(menu.areas())
        .extracting(RichMenu.Area::label)
        .contains("さがす", "近くで", "人と話したい", "お知らせ", "プライバシー", "使い方");
  }

  @Test
  void areasWithoutBoundsCoverTheImageInEvenRowsWithoutOverlapping() {
    for (int count = 1; count <= 20; count++) {
      for (int columns = 1; columns <= 5; columns++) {
        List<RichMenuFile.Bounds> laid = RichMenuLayout.rows(count, columns, 2500, 1686);
        assertThat(laid).hasSize(count);
        long area = laid.stream().mapToLong(b -> (long) b.width() * b.height()).sum();
        assertThat(area).as(count + " in " + columns).isEqualTo(2500L * 1686);
        for (int i = 0; i < laid.size(); i++) {
          for (int j = 0; j < i; j++) {
            assertThat(RichMenuLayout.overlap(laid.get(i), laid.get(j))).isFalse();
          }
        }
        long rows = laid.stream().map(RichMenuFile.Bounds::y).distinct().count();
        assertThat(rows).isEqualTo((count + columns - 1) / columns);
      }
    }
  }

  @Test
  void addingAnAreaIsOneLine() throws IOException {
    Path folder = copyOfDialogs();
    Files.writeString(
        folder.resolve("richmenu.yml"),
        Files.readString(folder.resolve("richmenu.yml"))
            + "  - {label: このbotについて, text: このbotについて}\n");

    RichMenu menu = new RichMenuReader(dialogs(folder)).read(folder).orElseThrow();

    assertThat(menu.areas()).last().extracting(RichMenu.Area::label).isEqualTo("このbotについて");
    assertThat(menu.areas().stream().mapToLong(a -> (long) a.width() * a.height()).sum())
        .isEqualTo((long) menu.width() * menu.height());
  }

  @Test
  void aTextThatWouldFallIntoTheSearchIsRefused() throws IOException {
    assertProblem(
        "  - {label: 居場所, text: 高松の居場所を教えて}\n", "areas[0].text", "reaches no dialog trigger");
  }

  @Test
  void aGotoToAMissingNodeIsRefused() throws IOException {
    assertProblem("  - {label: ない, goto: no_such_node}\n", "areas[0].goto: no node 'no_such_node'");
  }

  @Test
  void anAreaWithBothOrNeitherActionIsRefused() throws IOException {
    assertProblem("  - {label: 両方, text: 使い方, goto: help}\n", "needs exactly one of text, goto");
    assertProblem("  - {label: なし}\n", "needs exactly one of text, goto");
  }

  @Test
  void aLongChatBarTextIsRefused() throws IOException {
    assertProblem(
        menu("メニューをひらく・とじるボタンです", 2500, 1686, "  - {label: 使い方, text: 使い方}\n"),
        "chatBarText",
        "longer than 14");
  }

  @Test
  void imagesOutsideLinesSizesAreRefused() throws IOException {
    String one = "  - {label: 使い方, text: 使い方}\n";
    assertProblem(menu("メニュー", 2600, 1686, one), "size.width: 2600 is not between 800 and 2500");
    assertProblem(menu("メニュー", 700, 400, one), "size.width: 700");
    assertProblem(menu("メニュー", 1200, 200, one), "size.height: 200 is below 250");
    assertProblem(menu("メニュー", 1200, 900, one), "width / height is 1.333, below 1.45");
  }

  @Test
  void moreThanTwentyAreasAreRefused() throws IOException {
    assertProblem("  - {label: 使い方, text: 使い方}\n".repeat(21), "areas: between 1 and 20");
  }

  @Test
  void aLabelLongerThanLinesLimitIsRefused() throws IOException {
    assertProblem(
        "  - {label: とても長いラベルでLINEの二十文字をこえてしまうもの, text: 使い方}\n",
        "areas[0].label",
        "longer than 20");
  }

  @Test
  void boundsOutsideTheImageOrOverlappingAreRefused() throws IOException {
    assertProblem(
        "  - {label: 使い方, text: 使い方, bounds: {x: 2000, y: 0, width: 600, height: 843}}\n",
        "areas[0].bounds: outside the 2500×1686 image");
    assertProblem(
        "  - {label: 使い方, text: 使い方, bounds: {x: 0, y: 0, width: 1300, height: 843}}\n"
            + "  - {label: メニュー, text: メニュー, bounds: {x: 1200, y: 0, width: 1300, height: 843}}\n",
        "areas[1].bounds: overlaps areas[0]");
    assertProblem(
        "  - {label: 使い方, text: 使い方, bounds: {x: 0, y: 0, width: 1300, height: 843}}\n"
            + "  - {label: メニュー, text: メニュー}\n",
        "bounds for every area or for none");
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLine() throws IOException {
    assertProblem("  - {label: 使い方, txt: 使い方}\n", "unknown key 'txt'", "line 5");
  }

  @Test
  void aFolderWithoutTheFileHasNoMenu() throws IOException {
    Path folder = copyOfDialogs();
    Files.delete(folder.resolve("richmenu.yml"));

    assertThat(new RichMenuReader(dialogs(folder)).read(folder)).isEmpty();
  }

  private void assertProblem(String areasOrFile, String... expected) throws IOException {
    String file =
        areasOrFile.startsWith("chatBarText") ? areasOrFile : menu("メニュー", 2500, 1686, areasOrFile);
    Path folder = dir.resolve("case" + System.nanoTime());
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("richmenu.yml"), file);
    assertThatThrownBy(() -> new RichMenuReader(REAL).read(folder))
        .isInstanceOf(DialogException.class)
        .hasMessageContaining("richmenu.yml")
        .hasMessageContainingAll(expected);
  }

  private static String menu(String chatBar, int width, int height, String areas) {
    return "chatBarText: "
        + chatBar
        + "\nsize: {width: "
        + width
        + ", height: "
        + height
        + "}\ncolumns: 3\nareas:\n"
        + areas;
  }

  private Path copyOfDialogs() throws IOException {
    Path folder = dir.resolve("dialogs");
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.walk(DIALOGS)) {
      // The variants in easy/ and en/ too: the dialogs load only with every line in each.
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path to = folder.resolve(DIALOGS.relativize(file).toString());
        Files.createDirectories(to.getParent());
        Files.copy(file, to);
      }
    }
    return folder;
  }

  static DialogContent dialogs(Path folder) {
    return new DialogContent(
        new ConversationSettings(folder, Duration.ofMinutes(30), "search", "search.location"));
  }
}
