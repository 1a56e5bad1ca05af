package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternIndexTests {

  @Test
  void everyMatchHoldsThePlainRunsAndOneAlternativeOfEachPlainGroup() {
    assertThat(PatternIndex.requirements("(死|し)にた(い|く|$)"))
        .containsExactly(List.of("死", "し"), List.of("にた"));
    assertThat(PatternIndex.requirements("(?<!鼻)血が(止|と)まらな"))
        .containsExactly(List.of("血が"), List.of("止", "と"), List.of("まらな"));
    assertThat(PatternIndex.requirements("生き(てい|て)?たくない"))
        .containsExactly(List.of("生き"), List.of("たくない"));
    assertThat(PatternIndex.requirements("死い?た")).containsExactly(List.of("死"), List.of("た"));
    assertThat(PatternIndex.requirements("[0-9]{2,}錠")).containsExactly(List.of("錠"));
  }

  @Test
  void aTopLevelAlternativeRequiresNothing() {
    assertThat(PatternIndex.requirements("刃物.{0,3}血|血.{0,3}刃物")).isEmpty();
  }

  @Test
  void matchesExactlyWhereFindWould() {
    PatternIndex index =
        new PatternIndex(
            List.of(
                Pattern.compile("(?<!鼻)血が止"),
                Pattern.compile("しにた(い|$)"),
                Pattern.compile("刃物.{0,3}血|血.{0,3}刃物")));
    assertThat(index.matches("また血が止まらない")).isTrue();
    assertThat(index.matches("鼻血が止まらない")).isFalse();
    assertThat(index.matches("もうしにた")).isTrue();
    assertThat(index.matches("しにたくさ")).isFalse();
    assertThat(index.matches("血と刃物")).isTrue();
  }
}
