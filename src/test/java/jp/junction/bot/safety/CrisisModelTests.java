package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The crisis model: the shipped weights are exactly what the labelled files give, it is read as the
 * third reading after patterns and frames, a message that asks for a place is left to the search
 * with the lines beside, and a long story is read in windows.
 */
class CrisisModelTests {

  @Test
  void theShippedModelIsWhatTheLabelledMessagesGive() throws IOException {
    String shipped = Files.readString(CrisisModelTrainer.OUT, StandardCharsets.UTF_8);
    assertThat(CrisisModelTrainer.train(SafetyDialogs.content()))
        .as("safety/crisis-model.tsv is out of date: run bash bench/crisis-model.sh")
        .isEqualTo(shipped);
  }

  @Test
  void lettersRoundTripThroughTheirKeys() {
    for (String letters : new String[] {"死", "にた", "^し", "い$", "\t", "ゑゐ"}) {
      assertThat(CrisisModel.letters(CrisisModel.key(letters, 0, letters.length())))
          .isEqualTo(letters);
    }
  }

  @Test
  void aMessageOnlyTheModelSuspectsGetsTheCrisisAnswerUnlessItAsksForAPlace() throws IOException {
    CrisisDetector detector = new CrisisDetector(SafetyDialogs.content(), model("ゑゐ\t40\n"));

    String told = "ゑゐ、きょうはあさからずっとひとりでいた";
    assertThat(detector.isCrisis(told)).isTrue();
    assertThat(detector.read(told)).isEqualTo(CrisisDetector.Reading.SELF);
    assertThat(detector.explain(told)).hasValueSatisfying(e -> assertThat(e).contains("model"));

    assertThat(detector.isCrisis("ゑゐ 高松で夜にやってる居場所ありますか")).isFalse();
    assertThat(detector.read("ゑゐ 高松で夜にやってる居場所ありますか")).isEqualTo(CrisisDetector.Reading.TOPIC);

    assertThat(detector.isCrisis("ゑゐ")).as("too short for the model").isFalse();
    assertThat(detector.isCrisis("ゑゐ i want to make friends in tokyo")).as("English").isFalse();

    assertThat(detector.read("高松で居場所ありますか")).isEqualTo(CrisisDetector.Reading.NONE);
  }

  @Test
  void aLongStoryIsReadInWindowsSoAJokeAtItsStartDoesNotHideACrisisNearItsEnd() throws IOException {
    CrisisModel model = model("ゑゐ\t8\nく\t-4\n");
    StringBuilder story = new StringBuilder("く");
    for (int i = 0; i < 3000; i++) {
      story.append(i % 2 == 0 ? 'か' : 'き');
    }
    String crisisNearTheEnd = story.toString() + "ゑゐ" + "かき".repeat(50);

    assertThat(model.score("く" + "ゑゐ")).as("read whole").isLessThan(CrisisModel.THRESHOLD);
    assertThat(model.score(crisisNearTheEnd)).isGreaterThan(CrisisModel.THRESHOLD);
    assertThat(model.score(story.toString())).isLessThan(CrisisModel.THRESHOLD);
  }

  @Test
  void aBrokenModelFileIsRefusedWithItsLine() {
    assertThatThrownBy(() -> model("死にたい\t1.0\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one to three letters");
    assertThatThrownBy(() -> model("just text\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("letters<TAB>weight");
  }

  @Test
  void theShippedModelLoadsAndSuspectsNothingEmpty() {
    CrisisModel shipped = CrisisModel.load();
    assertThat(shipped.score("")).isZero();
    assertThat(shipped.suspects(CrisisNormalizer.foldMessage("こんにちは"))).isFalse();
  }

  private static CrisisModel model(String lines) throws IOException {
    return CrisisModel.read(new BufferedReader(new StringReader("bias\t-5\n" + lines)));
  }
}
