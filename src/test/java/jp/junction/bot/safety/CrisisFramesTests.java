package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The meaning frames of dialogs/crisis-meaning.yml on their own (without the patterns of
 * crisis.yml): each meaning class through the analyser's dictionary forms, so conjugations and
 * dialect nobody wrote down are read as the word they are, and the checks made at startup.
 */
class CrisisFramesTests {

  static final CrisisPatterns PATTERNS =
      new CrisisPatterns(SafetyDialogs.content(), CrisisModel.load());

  static Optional<CrisisMeaning> frames(String message) {
    String words = PATTERNS.not.cutOut(PATTERNS.normalizer.views(message).words(), "・");
    return PATTERNS.frames.meaning(words);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "死にたくなってきた|WISH",
        "死にたかったんだよね|WISH",
        "もう死のうかと思う|WISH",
        "いっそ死んだほうがましだ|WISH",
        "死ねたらいいのになあ|WISH",
        "消えてしまいたいと思う夜|WISH",
        "消えちゃいたい|WISH",
        "自殺しようかな|WISH",
        "死ぬしかないのかな|WISH",
        "生きてる価値なんてない|WISH",
        "生きる目的が何もない|WISH",
        "何のために生きているのかわからない|WISH",
        "生きるのに疲れました|WISH",
        "生きるのが嫌になった|WISH",
        "生きていたくないです|WISH",
        "もう生きていけない|WISH",
        "生まれたくなかった|WISH",
        "生まれてこなければよかったのに|WISH",
        "このまま目が覚めなければいいのに|WISH",
        "眠ったまま死ねたら|WISH",
        "永遠に眠りたい|WISH",
        "朝が来なければいいのに|WISH",
        "自分の人生を終わらせたい|WISH",
        "私なんかいない方がいい|WISH",
        "自分を消したい|WISH",
        "死ぬ準備をしている|PLAN",
        "死ぬつもりでいます|PLAN",
        "今夜死のうと思う|WISH",
        "今までありがとう、さようなら|PLAN",
        "人生を終わらせる計画を立てた|PLAN",
        "確実に死ねる方法を知りたい|METHOD",
        "首を吊ろうと思ってる|METHOD",
        "屋上から落ちたい|METHOD",
        "特急に飛び込むしかない|METHOD",
        "屋上に立っている|METHOD",
        "手首をまた切った|SELF_HARM",
        "腕を切り刻んでしまう|SELF_HARM",
        "自分を傷つけてしまう|SELF_HARM",
        "自分を殴ってしまった|SELF_HARM",
        "睡眠薬を全部飲みました|OVERDOSE",
        "たくさんの錠剤を一気に飲んだ|OVERDOSE",
        "安定剤をためている|OVERDOSE"
      })
  void eachMeaningClassIsReadByItsFrames(String message, CrisisMeaning meaning) {
    assertThat(frames(message)).as(message).contains(meaning);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "死にてぇわ",
        "死にたいねん",
        "しにたかった",
        "死にとうなる",
        "生きとってもしゃあない",
        "生きるのしんどいわ",
        "kietai",
        "いなくなれたら楽なのに"
      })
  void dialectConjugationAndRomajiComeBackToTheDictionaryForm(String message) {
    assertThat(new CrisisDetector(SafetyDialogs.content()).isCrisis(message)).as(message).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "死ぬほど笑った",
        "死ぬまでに行きたい場所",
        "死ぬ気で頑張りたい",
        "暑くて死にそう",
        "ゲームで死んだ",
        "祖父が死んだ日を思い出す",
        "痛みが早く消えてほしい",
        "ポイントが消える前に使いたい",
        "仕事を全部終わらせたい",
        "母は毎日たくさんの薬を飲んでいる",
        "首が痛い",
        "髪を切りたい",
        "生きる意味を考える講座",
        "生まれて初めて海を見た",
        "新しい世界に飛び込みたい",
        "朝起きたくない",
        "自死遺族の会を探している",
        "ゲートキーパー研修を受けたい"
      })
  void everydayWordsOfDeathAndHarmStayOutsideTheFrames(String message) {
    assertThat(frames(message)).as(message).isEmpty();
  }

  @Test
  void aFrameDeepInsideALongStoryIsFound() {
    String day = "今日は朝から雨でした。コンビニに行こうと思ったけれど、人に会うのが怖くてやめました。";
    String story = day.repeat(40) + "生きてる価値なんてないと思う。" + day.repeat(40);
    assertThat(story.length()).isGreaterThan(3000);
    assertThat(frames(story)).contains(CrisisMeaning.WISH);
    assertThat(frames(day.repeat(80))).isEmpty();
  }

  @Test
  void aStemIsWhereTheWordCanBeFoundBeforeItIsRead() {
    assertThat(MeaningFrames.stems("死ぬ")).contains("死な", "死に", "死ん", "死ね", "死の");
    assertThat(MeaningFrames.stems("生きる")).containsExactly("生き");
    assertThat(MeaningFrames.stems("飛び降りる")).containsExactly("飛び降り");
    assertThat(MeaningFrames.stems("きえる")).containsExactly("きえ");
    assertThat(MeaningFrames.stems("寝る")).contains("寝", "寝れ");
    assertThat(MeaningFrames.stems("しぬ")).contains("しに", "しな", "しん", "しね", "しの");
    assertThat(MeaningFrames.stems("ふともも")).containsExactly("ふともも");
  }

  @Test
  void aFrameNamingAClassThatDoesNotExistStopsStartup(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> load(dir, "\"die: 死ぬ\"", "\"WISH: die + wish within 2\""))
        .hasMessageContaining("crisis_frames[0]")
        .hasMessageContaining("no class 'wish'");
  }

  @Test
  void aFrameWithAnUnknownMeaningStopsStartup(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> load(dir, "\"die: 死ぬ\"", "\"DEATH: die\""))
        .hasMessageContaining("'DEATH' is not a meaning class");
  }

  @Test
  void anAnchorTooCommonToReadAroundStopsStartup(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> load(dir, "\"v: う\"", "\"WISH: v\""))
        .hasMessageContaining("too common to read around");
  }

  @Test
  void aFrameThatMatchesANeverSentenceStopsStartup(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> load(dir, "\"die: 死ぬ\"", "\"WISH: die\""))
        .hasMessageContaining("crisis_never")
        .hasMessageContaining("too wide");
  }

  private static void load(Path dir, String words, String frames) throws IOException {
    for (String file : SafetyDialogs.FILES) {
      if (!file.equals("crisis-meaning.yml")) {
        Files.copy(SafetyDialogs.folder().resolve(file), dir.resolve(file));
      }
    }
    Files.copy(SafetyDialogs.folder().resolve("fixture-base.yml"), dir.resolve("fixture-base.yml"));
    Files.writeString(
        dir.resolve("crisis-meaning.yml"),
        "lists:\n  crisis_words:\n    - " + words + "\n  crisis_frames:\n    - " + frames + "\n",
        StandardCharsets.UTF_8);
    new CrisisDetector(
        new DialogContent(
            new ConversationSettings(dir, Duration.ofMinutes(30), "search", "search.location")));
  }
}
