package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.DialogException;
import jp.junction.bot.system.JapanTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrisisLinesTests {

  static ZonedDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(JapanTime.ZONE);
  }

  static CrisisLines lines(String local) {
    return new CrisisLines(
        SafetyDialogs.content(), Clock.fixed(at(local).toInstant(), JapanTime.ZONE));
  }

  @Test
  void atThreeInTheMorningTheTwentyFourHourLineComesFirstAndClosedOnesSayWhenTheyOpen() {
    // 2026-12-02 is a Wednesday: #いのちSOS opens at 6:00, いのちの電話 at 10:00.
    List<String> said = lines("2026-12-02T03:00").fill("{lines.phone}").lines().toList();

    assertThat(said.get(0)).startsWith("・【24時間】よりそいホットライン");
    assertThat(said.get(1)).contains("こころの健康相談統一ダイヤル").doesNotContain("【");
    assertThat(said.get(2)).startsWith("・【いまは時間外・6時から】#いのちSOS");
    assertThat(said.get(3)).startsWith("・【いまは時間外・10時から】いのちの電話");
    assertThat(said).hasSize(4);
  }

  @Test
  void aLineOpenNowIsMarkedAndListedRightAfterTheTwentyFourHourOnes() {
    // Thursday 2026-12-03, 03:00: #いのちSOS is open around the clock on Thursdays.
    List<String> said = lines("2026-12-03T03:00").fill("{lines.phone}").lines().toList();
    assertThat(said.get(1)).startsWith("・【いま受付中】#いのちSOS");
    // Afternoon: every line with hours is open.
    List<String> noon = lines("2026-12-02T15:00").fill("{lines.phone}").lines().toList();
    assertThat(noon.subList(0, 3))
        .allMatch(l -> l.startsWith("・【24時間】") || l.startsWith("・【いま受付中】"));
  }

  @Test
  void chatLinesWithoutHoursAreListedUnmarkedAfterTheOpenOnes() {
    String said = lines("2026-12-02T03:00").fill("文字で\n{lines.chat}\nおわり");
    assertThat(said)
        .startsWith("文字で\n・【24時間】あなたのいばしょ")
        .contains("・こころのほっとチャット", "・生きづらびっと")
        .endsWith("おわり");
  }

  @Test
  void writtenOrderKeepsEveryLineWhenTheHourCannotBeUsed() {
    String said = lines("2026-12-02T03:00").written("{lines.phone}");
    assertThat(said.lines().toList()).hasSize(4);
    assertThat(said).startsWith("・【24時間】よりそいホットライン").contains("・#いのちSOS");
  }

  @Test
  void textWithoutLinesIsLeftAlone() {
    assertThat(lines("2026-12-02T03:00").fill("こんにちは")).isEqualTo("こんにちは");
  }

  @Test
  void aLineWhoseHoursCannotBeReadStopsStartupNamingIt(@TempDir Path dir) throws IOException {
    try (Stream<Path> files = Files.list(SafetyDialogs.folder())) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    Path crisis = dir.resolve("crisis.yml");
    Files.writeString(crisis, Files.readString(crisis).replace("｜ 毎日 10:00-22:00", "｜ 毎日 夕方から"));
    DialogContent content =
        new DialogContent(
            new ConversationSettings(
                dir, java.time.Duration.ofMinutes(30), "search", "search.location"));

    assertThatThrownBy(() -> new CrisisLines(content, Clock.systemUTC()))
        .isInstanceOf(DialogException.class)
        .hasMessageContaining("lists.crisis_lines_phone[2]")
        .hasMessageContaining("毎日 夕方から")
        .hasMessageContaining("cannot be read");
  }
}
