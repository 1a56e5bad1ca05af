package jp.junction.bot.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each conversational act by meaning class, and the messages the search must still get. */
class TalkReaderTests {

  private final TalkReader reader = TalkDialogs.READER;

  private Optional<TalkAct> read(String text) {
    return reader.read(text, false);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "助けて",
        "た す け て",
        "もう限界",
        "しんどーい",
        "つらいいい",
        "眠れない",
        "ツライ",
        "誰にも言えない",
        "ひとりぼっち",
        "パニックになってる",
        "涙が止まらない",
        "えらい、もうあかん",
        "help me",
        "I feel so alone",
        "😭😭",
        "家にいるのがつらい",
        "寝れなくて3時"
      })
  void distressIsAcknowledgedHoweverItIsTyped(String text) {
    assertThat(read(text)).contains(TalkAct.DISTRESS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "しんどかった",
        "辛くてたまらへん",
        "疲れ切ってしまった",
        "寝付けへん",
        "眠れずにいる",
        "気持ちが沈んでて",
        "やる気が起きない",
        "もう何もかもだめ",
        "心が壊れそう",
        "母に叩かれた",
        "さびしかー"
      })
  void distressIsReadByItsBaseFormsSoConjugationAndDialectCollapse(String text) {
    assertThat(read(text)).contains(TalkAct.DISTRESS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kurushii",
        "nemurenakute",
        "tsurakatta",
        "I'm so anxious",
        "can't sleep again",
        "feeling low"
      })
  void romajiAndEnglishDistressIsReadToo(String text) {
    assertThat(read(text)).contains(TalkAct.DISTRESS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"やりとりは保存されてる？", "送った内容って残りますか", "誰かが見てるの？", "スタッフが読んでますか", "とくめいなの？"})
  void questionsAboutWhatIsKeptGetThePrivacyAnswer(String text) {
    assertThat(read(text)).contains(TalkAct.RECORDS);
  }

  @Test
  void romajiAndEnglishSmallTalkIsReadAsItsAct() {
    assertThat(read("konbanwa")).contains(TalkAct.HELLO);
    assertThat(read("oyasumi")).contains(TalkAct.BYE);
    assertThat(read("thank you so much")).contains(TalkAct.THANKS);
    assertThat(read("are you a robot?")).contains(TalkAct.ABOUT_BOT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ロボットなの？", "人？", "AIかな", "きかい？"})
  void aBotWordWithOnlyAQuestionMarkIsAQuestionAboutTheBot(String text) {
    assertThat(read(text)).contains(TalkAct.ABOUT_BOT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"夜分にすみません", "Good evening"})
  void politeOpeningsAtAnyHourAreGreetings(String text) {
    assertThat(read(text)).contains(TalkAct.HELLO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"そろそろ寝ます", "また話します", "see ya"})
  void sayingOneIsGoingIsAGoodbye(String text) {
    assertThat(read(text)).contains(TalkAct.BYE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "こんばんは、観音寺で家族会ありますか",
        "ありがとう、あと善通寺も",
        "おやすみ前に話せるところ",
        "眠れない夜に話せる場所はある？",
        "記録をつける講座はありますか",
        "人間関係の相談"
      })
  void smallTalkWordsInsideAQuestionLeaveItToTheSearch(String text) {
    assertThat(read(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"こんばんは", "こんばんわ！", "コンニチハ", "おはよー", "Hello", "hi", "hi there!", "元気？"})
  void greetingsGetTheShortGreeting(String text) {
    assertThat(read(text)).contains(TalkAct.HELLO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ありがとう", "ありがとうございました！", "助かりました、ありがとう", "サンキュー", "thx"})
  void thanksAreThanks(String text) {
    assertThat(read(text)).contains(TalkAct.THANKS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"おやすみー", "またね", "バイバイ", "じゃあね", "また来ます"})
  void goodbyesAreGoodbyes(String text) {
    assertThat(read(text)).contains(TalkAct.BYE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"www", "ｗｗｗ", "笑", "草", "ははは"})
  void laughterIsLaughter(String text) {
    assertThat(read(text)).contains(TalkAct.LAUGH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"😊", "👍👍", "？", "。", "あ", "ん"})
  void emojiOnlyAndOneCharacterGetAGentleWayOn(String text) {
    assertThat(read(text)).contains(TalkAct.SHORT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"あなたは人間？", "AIなの？", "ボットですか", "人が返事してるの？", "中の人いるの", "だれ？", "ここは何ができるの？"})
  void questionsAboutTheBotGetTheHonestAnswer(String text) {
    assertThat(read(text)).contains(TalkAct.ABOUT_BOT);
  }

  @Test
  void notKnowingAndAcknowledgingAreActsToo() {
    assertThat(read("よくわからない")).contains(TalkAct.UNSURE);
    assertThat(read("わかんない")).contains(TalkAct.UNSURE);
    assertThat(read("なるほど")).contains(TalkAct.ACK);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "高松で居場所ある？",
        "親の会を探しています",
        "家族会はありますか",
        "津",
        "草津で居場所",
        "つらい気持ちを聞いてくれる場所を探しています",
        "8050問題について相談したい",
        "ひきこもりの相談",
        "地元以外で",
        "発達障害の相談",
        "働きたい",
        "丸亀に住んでます",
        "夜中でも話せる人がいるといいな？",
        "どこに行けばいいかわからなくて"
      })
  void questionsAndPlacesGoToTheSearchUnchanged(String text) {
    assertThat(read(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "首が回らないほど忙しい",
        "久しぶりにコンビニまで歩いた",
        "昔の友達のSNSを見てしまった",
        "親戚が来るから部屋にこもってる",
        "今日は一日ゲームしてた",
        "髪ばっさり切ったよ"
      })
  void somethingToldNotAskedIsHeardNotSearched(String text) {
    assertThat(read(text)).contains(TalkAct.TELL);
    assertThat(reader.read(text, true)).as("not while the bot waits for an answer").isEmpty();
  }

  @Test
  void whileTheBotWaitsForAnAnswerAShortYesGoesToItButDistressDoesNot() {
    assertThat(reader.read("はい", true)).isEmpty();
    assertThat(reader.read("あ", true)).isEmpty();
    assertThat(reader.read("しんどい", true)).contains(TalkAct.DISTRESS);
    assertThat(reader.read("ありがとう", true)).contains(TalkAct.THANKS);
  }

  @Test
  void aLongStoryWithNoRequestIsAnsweredByItsTheme() {
    String story = "父と母と三人で暮らしています。父は厳しくて、毎日のように言われます。".repeat(8);
    assertThat(read(story)).contains(TalkAct.STORY);
    assertThat(reader.theme(story)).isEqualTo(TalkTexts.STORY_FAMILY);
    String work = "会社で残業が続いて、上司からの連絡が休みの日も来ます。".repeat(10);
    assertThat(reader.theme(work)).isEqualTo(TalkTexts.STORY_WORK);
    assertThat(reader.theme("学校に行けなくて、先生にも言えません。".repeat(12))).isEqualTo(TalkTexts.STORY_SCHOOL);
  }

  @Test
  void aWhereInTheMiddleOfAStoryIsNotARequest() {
    String story =
        "どこに相談していいのかもわからないまま、何年もたちました。".repeat(3)
            + "家族とも話さなくなって、夜も眠れない日が続いています。".repeat(5)
            + "ここまで読んでくれてありがとう。";
    assertThat(read(story)).contains(TalkAct.STORY);
  }

  @Test
  void aLongStoryThatEndsWithARequestGoesToTheSearch() {
    String story = "父と母と三人で暮らしています。父は厳しくて、毎日のように言われます。".repeat(8) + "高松で親の会を探しています。";
    assertThat(read(story)).isEmpty();
  }

  @Test
  void aLongStoryOfDistressThatAsksOnlyToTalkToSomeoneIsHeardFirst() {
    String story =
        "仕事をやめてから一年、ほとんど家にいます。夜は眠れなくて、朝はつらくて起きられません。".repeat(4) + "誰かに相談したいけど、何から話せばいいのかもわかりません。";
    assertThat(read(story)).contains(TalkAct.STORY);
    for (String asks :
        List.of("丸亀で相談できるところはありますか。", "フリースクールを探しています。", "近くの心療内科を教えてください。", "カウンセリングを受けたいです。")) {
      String asking = "仕事をやめてから一年、ほとんど家にいます。夜は眠れなくて、朝はつらくて起きられません。".repeat(4) + asks;
      assertThat(read(asking)).as(asks).isEmpty();
    }
  }

  @Test
  void aRequestQuotedInsideDistressIsNotTheWritersRequest() {
    assertThat(read("もうしんどい / 母には「はよ次探し」って毎日言われる / 夜も眠れへん")).contains(TalkAct.DISTRESS);
    assertThat(read("しんどいので、話を聞いてくれる人を探しています")).isEmpty();
    assertThat(read("就労支援を探しています。仕事を辞めてからずっとしんどいです。夜も眠れません。")).isEmpty();
    assertThat(read("しんどい。「地域若者サポートステーション」に相談したいです")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "もう何年も動けないまま",
        "今のままでいいはずがないのはわかってる",
        "むりぽ",
        "最近ずっと鬱っぽい",
        "誰にも必要とされてない",
        "何をやっても楽しめない",
        "この先どうやっていけばいいのかわからない",
        "もうやだ",
        "自分なんか大嫌い"
      })
  void feelingsSaidWithoutTheUsualWordsAreDistressToo(String text) {
    assertThat(read(text)).contains(TalkAct.DISTRESS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "渋滞で車が動けない",
        "ゲームのキャラが動けないバグ",
        "妻がうつっぽい",
        "鬱陶しい雨",
        "鬱蒼とした森でキャンプした",
        "雨で遠足は無理みたい",
        "障害年金の申請、どうやったらいいかわからない",
        "やだ",
        "お前なんか食べた？",
        "台風で仕事に行けなかった",
        "このラーメン病みつきになる",
        "ライブ楽しみでそわそわが止まらない",
        "遮光カーテンを閉めたまま出かけた",
        "鍵をなくして玄関が開けられない",
        "this app is useless"
      })
  void aJamAnotherPersonsIllnessOrAnAnnoyanceIsNotTheWritersDistress(String text) {
    assertThat(read(text)).isNotEqualTo(Optional.of(TalkAct.DISTRESS));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "今週まだ誰とも話してない",
        "ここ三日、誰とも口をきいてない",
        "送ったLINE、ずっと既読スルー",
        "働いてないって親戚に言えなくて、法事を休んだ",
        "父の介護でもう限界かも、ひとりで全部やってる",
        "上着に悪口を書かれてた",
        "ハローワークの入口まで行ったけど、入れずに引き返した",
        "毎日毎日おんなじことの繰り返し",
        "インターホンが鳴るたびに心臓がばくばくする",
        "兄に「お前なんかいらない」って言われた",
        "何をやってもうまくいかへん",
        "頭の中がずっとぐるぐるしてる",
        "相談していいですか、もう一年くらい部屋から出られなくて",
        "I haven't left the house in weeks",
        "my mom yells at me all the time"
      })
  void distressToldThroughASituationIsHeard(String text) {
    assertThat(read(text)).contains(TalkAct.DISTRESS);
  }

  @Test
  void aPlaceAskedForInsideDistressStillGoesToTheSearch() {
    assertThat(read("地元の目がこわい。善通寺以外で、家族会とか親の会みたいなの")).isEmpty();
    assertThat(read("相談していいですか、高松で夜に話せる窓口を探しています")).isEmpty();
    assertThat(read("サポステって何をするところなのかもわからない、しんどい。前橋です")).isEmpty();
    for (String asks :
        List.of(
            "しんどい。夜中でも誰かと話せる場所ある？",
            "疲れた。誰かに相談できる所ない？",
            "つらい。誰かに話を聞いてもらえる場所ってある？",
            "話を聞いてほしい。女性の相談員がいるLINE相談はありませんか")) {
      assertThat(read(asks)).as(asks).isEmpty();
    }
  }
}
