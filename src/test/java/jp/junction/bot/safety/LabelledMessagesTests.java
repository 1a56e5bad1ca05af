package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crisis figures issue 12 asks for, on the hand-labelled file: every acute message gets the
 * crisis answer, at most 5% of hard negatives do.
 */
class LabelledMessagesTests {

  final CrisisDetector detector = new CrisisDetector(SafetyDialogs.content());
  final LabelledMessages file = LabelledMessages.read(LabelledMessages.DEV);

  @Test
  void everyAcuteMessageGetsTheCrisisAnswer() {
    List<LabelledMessages.Message> acute = file.labelled("acute");
    assertThat(acute).hasSizeGreaterThan(100);
    assertThat(acute.stream().filter(m -> !detector.isCrisis(m.text())).toList()).isEmpty();
  }

  @Test
  void atMostOneHardNegativeInTwentyGetsTheCrisisAnswer() {
    List<LabelledMessages.Message> negatives = file.hardNegatives();
    List<LabelledMessages.Message> alarmed =
        negatives.stream().filter(m -> detector.isCrisis(m.text())).toList();
    assertThat(alarmed.size()).as("%s", alarmed).isLessThanOrEqualTo(negatives.size() / 20);
  }

  @Test
  void smallTalkAndQuestionsAreNotCrisis() {
    List<LabelledMessages.Message> alarmed =
        file.messages().stream()
            .filter(m -> m.label().equals("smalltalk") || m.label().equals("none"))
            .filter(m -> !m.hardNegative())
            .filter(m -> detector.isCrisis(m.text()))
            .toList();
    assertThat(alarmed).isEmpty();
  }

  @Test
  void aCrisisToldAboutSomeoneElseIsReadSo() {
    List<LabelledMessages.Message> misread =
        file.messages().stream()
            .filter(m -> m.kind().equals("other"))
            .filter(m -> detector.read(m.text()) != CrisisDetector.Reading.SOMEONE_ELSE)
            .toList();
    assertThat(misread).isEmpty();
  }
}
