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
  void aPatternStartingWithAPlainGroupIsTriedOnlyAtItsFirstLetters() {
    assertThat(PatternIndex.firsts("(死|し)にた")).isEqualTo("死し");
    assertThat(PatternIndex.firsts("自傷")).isEqualTo("自");
    assertThat(PatternIndex.firsts("(死|し)?にた")).isNull();
    assertThat(PatternIndex.firsts("刃物.{0,3}血|血.{0,3}刃物")).isNull();
    assertThat(PatternIndex.firsts("^(もう)?死")).isNull();
    assertThat(PatternIndex.firsts("(?<!鼻)血が")).isEqualTo("血");
    assertThat(PatternIndex.firsts("(?<=(消え|死に)て)[ぇェ]+")).isEqualTo("ぇェ");
    assertThat(PatternIndex.firsts("(?<=て)?ぇ")).isNull();
    assertThat(PatternIndex.firsts("(無理心中|心中(?!お察|を察)|道連れ)")).isEqualTo("無心道");
    assertThat(PatternIndex.firsts("[0-9]{2,}錠")).isNull();
    assertThat(PatternIndex.firsts("[市四氏](?<![私わ][市四氏])(?=にた)")).isEqualTo("市四氏");
    assertThat(PatternIndex.firsts("(○|◯|\\*)(?=に[たてと])")).isEqualTo("○◯*");
    assertThat(PatternIndex.firsts("[^市]に")).isNull();
    assertThat(PatternIndex.firsts("[ぁ-ん]に")).isNull();
    assertThat(PatternIndex.firsts("[市四]?に")).isNull();
  }

  @Test
  void inLongTextsARewriteTriedAtItsFirstLettersReplacesWhatReplaceAllReplaces() {
    List<String> rewrites =
        List.of(
            "[市四氏](?<![私わ][市四氏])(?=にた(い|く))",
            "(○|◯|\\*)(?=に[たてと])",
            "ち(?<=(しに|きえ)ち)(あい|あ|い)(?![ぁ-ん])",
            "(?<=(しに|きえ)て)[えぇ]+",
            "(?<!私)(市|し(?!た|く))に",
            "(死|し)にた(い|く)",
            "[市死]+");
    String letters = "市四氏私わ○◯*しにたいくきえちあ死ん。てぇ";
    java.util.Random random = new java.util.Random(11);
    for (String rewrite : rewrites) {
      java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(rewrite);
      PatternIndex index = new PatternIndex(List.of(pattern));
      for (int round = 0; round < 300; round++) {
        StringBuilder text = new StringBuilder();
        int length = PatternIndex.LONG + random.nextInt(200);
        while (text.length() < length) {
          text.append(letters.charAt(random.nextInt(letters.length())));
        }
        String t = text.toString();
        assertThat(index.cutOut(t, "$死\\"))
            .as(rewrite + " over " + t)
            .isEqualTo(
                pattern.matcher(t).replaceAll(java.util.regex.Matcher.quoteReplacement("$死\\")));
      }
    }
  }

  @Test
  void inLongTextsEveryCrisisListFindsExactlyWhatAPlainScanFinds() throws Exception {
    CrisisPatterns patterns = new CrisisPatterns(SafetyDialogs.content(), CrisisModel.load());
    List<String> lines =
        java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/resources/safety/messages.tsv"))
            .stream()
            .filter(l -> !l.startsWith("#") && l.split("\t").length == 3)
            .map(l -> patterns.normalizer.views(l.split("\t")[2]).kana())
            .toList();
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < PatternIndex.LONG + 100) {
        text.append(lines.get(random.nextInt(lines.size())));
      }
      String t = text.toString();
      for (PatternIndex index : patterns.meanings.values()) {
        boolean scanned = index.patterns().stream().anyMatch(p -> p.matcher(t).find());
        assertThat(index.matches(t)).as(t).isEqualTo(scanned);
      }
    }
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
