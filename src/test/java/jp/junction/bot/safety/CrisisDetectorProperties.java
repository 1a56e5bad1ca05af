package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class CrisisDetectorProperties {

  final DialogContent content =
      new DialogContent(
          new ConversationSettings(
              SafetyDialogs.folder(), Duration.ofMinutes(30), "search", "search.location"));
  final CrisisDetector detector = new CrisisDetector(content);

  @Property(tries = 300)
  void aPhraseIsFoundWhateverSurroundsIt(
      @ForAll("phrases") String phrase,
      @ForAll @StringLength(max = 200) String before,
      @ForAll @StringLength(max = 200) String after) {
    assertThat(detector.isCrisis(before + " " + phrase + " " + after)).isTrue();
  }

  @Property(tries = 300)
  void spacesSymbolsAndEmojiBetweenTheLettersDoNotHideAPhrase(
      @ForAll("phrases") String phrase, @ForAll("separators") List<String> separators) {
    StringBuilder spread = new StringBuilder();
    int[] cps = phrase.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      spread.appendCodePoint(cps[i]);
      spread.append(separators.get(i % separators.size()));
    }
    assertThat(detector.isCrisis(spread.toString())).as(spread.toString()).isTrue();
  }

  @Property(tries = 200)
  void kanaPhrasesAreFoundInHiraganaAndKatakana(@ForAll("phrases") String phrase) {
    StringBuilder katakana = new StringBuilder();
    phrase
        .codePoints()
        .map(cp -> cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp)
        .forEach(katakana::appendCodePoint);
    assertThat(detector.isCrisis(katakana.toString())).isTrue();
  }

  @Property(tries = 500)
  void anyTextAtAllIsCheckedWithoutFailing(@ForAll @StringLength(max = 6000) String text) {
    detector.isCrisis(text);
  }

  /** Short acute messages of the labelled file written in Japanese letters. */
  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of(
        LabelledMessages.read(LabelledMessages.DEV).labelled("acute").stream()
            .filter(m -> m.text().length() <= 30)
            .filter(m -> !m.kind().equals("english") && !m.kind().equals("romaji"))
            // A bare message (今週の土曜に決めた, 😇 さよなら) is a plan or a farewell only when it
            // stands alone: the same words inside other text are most often something else.
            .filter(m -> !m.kind().equals("bare"))
            .filter(m -> !m.text().matches(".*[A-Za-z].*"))
            .map(LabelledMessages.Message::text)
            .toList());
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.of(" ", "　", "・", "…", "😢", "\u200b", "\n", "、", "-", "")
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }
}
