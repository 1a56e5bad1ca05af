package jp.junction.bot.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.junction.bot.safety.LabelledMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A wish to talk with a person, however it is typed, and the sentences the search keeps. */
class HumanReaderTests {

  private final HumanReader reader = new HumanReader(HandoffFixture.CONTENT);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "人と話したい",
        "相談員と話せる？",
        "誰かと話したい",
        "人間と話したい",
        "スタッフさんいますか",
        "だれかとはなしたいです",
        "生身の人と話したいんだけど",
        "人間に代わって",
        "担当の方につないでください",
        "職員の人と相談したい",
        "中の人いる？",
        "カウンセラーさんと話せますか",
        "ｽﾀｯﾌと話したい",
        "人と話したーい",
        "有人対応はありますか",
        "Can I talk to a human?",
        "スタッフと話したい"
      })
  void aWishToTalkWithAPersonLeadsToThePeopleWhoAnswer(String text) {
    assertThat(reader.asks(text)).as(text).isTrue();
    assertThat(reader.nodeFor(text, true)).contains(HandoffNodes.ENTRY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "人と話すのが苦手",
        "人と話したくない",
        "人と話せる居場所を探しています",
        "話を聞いてくれる窓口はありますか",
        "人と話せるようになりたい",
        "高松で居場所ある？",
        "息子が人と話さない",
        "あなたは人間？",
        "スタッフのいる居場所",
        "こんにちは"
      })
  void otherMessagesAboutPeopleAreLeftToTheOtherAnswers(String text) {
    assertThat(reader.asks(text)).as(text).isFalse();
  }

  @Test
  void aLongStoryIsNotReadAsARequestForAPerson() {
    String story = "家族のことでずっと悩んでいて、".repeat(4) + "人と話したい";

    assertThat(reader.asks(story)).isFalse();
  }

  @Test
  void noQuestionOfTheLabelledFilesIsTakenFromTheSearch() {
    for (var file : List.of(LabelledMessages.DEV, LabelledMessages.HELD_OUT)) {
      List<String> taken =
          LabelledMessages.read(file).labelled("none").stream()
              .filter(m -> m.kind().equals("question"))
              .map(LabelledMessages.Message::text)
              .filter(reader::asks)
              .toList();
      assertThat(taken).as("%s", file).isEmpty();
    }
  }
}
