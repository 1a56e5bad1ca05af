package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each meaning class of dialogs/crisis.yml, with conjugations, dialect and net spellings. */
class CrisisMeaningTests {

  final CrisisDetector detector = new CrisisDetector(SafetyDialogs.content());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "死にたかったんです|WISH",
        "しにとうなる|WISH",
        "死のうかなって|WISH",
        "生きててもしょうがない、生きてる価値ないし|WISH",
        "いっそ眠ったまま死ねたら|WISH",
        "ぼくがいなくなっても誰も困らない|WISH",
        "太ももを切ってしまう|SELF_HARM",
        "また切っちゃった|SELF_HARM",
        "頓服をありったけ飲んだ|OVERDOSE",
        "30錠くらい飲んだ|OVERDOSE",
        "確実に死ねる場所|METHOD",
        "踏切に飛び込もうと思う|METHOD",
        "みなさんさようなら|PLAN",
        "週末に死ぬ|PLAN",
        "gonna kill myself tonight|ENGLISH",
        "there is no reason to live|ENGLISH"
      })
  void eachMeaningClassFindsItsOwnWaysOfSayingIt(String message, CrisisMeaning meaning) {
    assertThat(detector.meaning(message)).contains(meaning);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "シニターイ",
        "ｼﾆﾀｲｲｲｲ",
        "死にたぁぁい",
        "し〜に〜た〜い",
        "死に…たい",
        "タ ヒ に た い",
        "氏ねたら楽",
        "4ねばいい",
        "shinitai desu",
        "SHINITAI",
        "kiechaitai"
      })
  void elongationSpacingNetSpellingsAndRomajiFoldToTheSameWords(String message) {
    assertThat(detector.isCrisis(message)).as(message).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "田中氏に会った",
        "4年生になった",
        "good food",
        "自殺予防週間のポスター",
        "自死遺族の会はありますか",
        "首をつっこむのはやめて",
        "死ぬほどおいしい",
        "お腹すいて死にそう"
      })
  void wordsThatOnlyLookLikeACrisisAreNot(String message) {
    assertThat(detector.isCrisis(message)).as(message).isFalse();
  }

  @Test
  void aSearchWordCutOutDoesNotHideACrisisBesideIt() {
    assertThat(detector.isCrisis("自死遺族の会を探しています。私も死にたい")).isTrue();
  }

  @Test
  void aCrisisToldOfAFamilyMemberIsReadAsSomeoneElses() {
    assertThat(detector.read("娘が最近、消えたいと言うようになりました"))
        .isEqualTo(CrisisDetector.Reading.SOMEONE_ELSE);
    assertThat(detector.read("母に怒られて死にたい")).isEqualTo(CrisisDetector.Reading.SELF);
    assertThat(detector.read("ただいま")).isEqualTo(CrisisDetector.Reading.NONE);
  }
}
