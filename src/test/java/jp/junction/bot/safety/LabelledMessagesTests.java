package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The crisis figures issue 12 asks for, on each hand-labelled file: every acute message gets the
 * crisis answer, at most 5% of hard negatives do, no small talk or plain question does, and a
 * crisis told about someone else is read so. The files are the one tuned on (messages.tsv), the
 * held-out one and the probe written by other hands (probe.tsv).
 */
class LabelledMessagesTests {

  final CrisisDetector detector = new CrisisDetector(SafetyDialogs.content());

  static List<Path> files() {
    return List.of(LabelledMessages.DEV, LabelledMessages.HELD_OUT, LabelledMessages.PROBE);
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyAcuteMessageGetsTheCrisisAnswer(Path path) {
    List<LabelledMessages.Message> acute = LabelledMessages.read(path).labelled("acute");
    assertThat(acute).hasSizeGreaterThan(40);
    assertThat(acute.stream().filter(m -> !detector.isCrisis(m.text())).toList()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("files")
  void atMostOneHardNegativeInTwentyGetsTheCrisisAnswer(Path path) {
    List<LabelledMessages.Message> negatives = LabelledMessages.read(path).hardNegatives();
    assertThat(negatives).hasSizeGreaterThan(10);
    List<LabelledMessages.Message> alarmed =
        negatives.stream().filter(m -> detector.isCrisis(m.text())).toList();
    assertThat(alarmed.size()).as("%s", alarmed).isLessThanOrEqualTo(negatives.size() / 20);
  }

  @ParameterizedTest
  @MethodSource("files")
  void smallTalkAndQuestionsAreNotCrisis(Path path) {
    List<LabelledMessages.Message> alarmed =
        LabelledMessages.read(path).messages().stream()
            .filter(m -> m.label().equals("smalltalk") || m.label().equals("none"))
            .filter(m -> !m.hardNegative())
            .filter(m -> detector.isCrisis(m.text()))
            .toList();
    assertThat(alarmed).isEmpty();
  }

  /**
   * probe2.tsv is not held to the targets: it keeps the figures measured on its one untuned run (12
   * of 28 acute, 1 of 10 hard negatives), so a change that loses ground there shows. When a
   * widening by kind raises them, raise these numbers with it.
   */
  @Test
  void theUntunedProbeKeepsItsMeasuredFigures() {
    LabelledMessages probe = LabelledMessages.read(LabelledMessages.PROBE2);
    List<LabelledMessages.Message> acute = probe.labelled("acute");
    assertThat(acute).hasSize(28);
    assertThat(acute.stream().filter(m -> detector.isCrisis(m.text())).count())
        .isGreaterThanOrEqualTo(12);
    List<LabelledMessages.Message> negatives = probe.hardNegatives();
    assertThat(negatives).hasSize(10);
    assertThat(negatives.stream().filter(m -> detector.isCrisis(m.text())).count())
        .isLessThanOrEqualTo(1);
    assertThat(
            probe.messages().stream()
                .filter(m -> m.label().equals("smalltalk") || m.label().equals("distress"))
                .filter(m -> detector.isCrisis(m.text())))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("files")
  void aCrisisToldAboutSomeoneElseIsReadSo(Path path) {
    List<LabelledMessages.Message> misread =
        LabelledMessages.read(path).messages().stream()
            .filter(m -> m.kind().equals("other"))
            .filter(m -> detector.read(m.text()) != CrisisDetector.Reading.SOMEONE_ELSE)
            .toList();
    assertThat(misread).isEmpty();
  }
}
