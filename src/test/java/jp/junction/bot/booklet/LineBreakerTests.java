package jp.junction.bot.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every character is one unit wide here, so a line of width 5 holds five characters. */
class LineBreakerTests {

  private final LineBreaker breaker = new LineBreaker(String::length);

  @Test
  void japaneseBreaksBetweenAnyTwoCharacters() {
    assertThat(breaker.lines("ひきこもりの本人と家族", 5)).containsExactly("ひきこもり", "の本人と家", "族");
  }

  @Test
  void closingPunctuationAndSmallKanaNeverStartALine() {
    List<String> lines = breaker.lines("あいうえおか」きく", 6);
    assertThat(lines).allMatch(l -> !l.startsWith("」"));
    assertThat(breaker.lines("あいうえおっと", 5)).allMatch(l -> !l.startsWith("っ"));
    assertThat(breaker.lines("あいうえおーと", 5)).allMatch(l -> !l.startsWith("ー"));
  }

  @Test
  void aCommaOrFullStopHangsInTheMarginInsteadOfStartingALine() {
    assertThat(breaker.lines("あいうえお。かき", 5)).containsExactly("あいうえお。", "かき");
  }

  @Test
  void anOpeningBracketNeverEndsALine() {
    assertThat(breaker.lines("あいうえ「かき」", 5)).allMatch(l -> !l.endsWith("「"));
  }

  @Test
  void aPhoneNumberOrLinkStaysWholeWhenItFitsAndExplicitBreaksAreKept() {
    assertThat(breaker.lines("電話0120-279-338", 12)).containsExactly("電話", "0120-279-338");
    assertThat(breaker.lines("一行目\n二行目", 10)).containsExactly("一行目", "二行目");
    assertThat(breaker.lines("https://example.jp/very/long/path", 10))
        .allMatch(l -> l.length() <= 10)
        .hasSize(4);
  }
}
