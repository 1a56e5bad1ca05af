package jp.junction.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The crisis words and the crisis answer are content: the real dialogs/crisis.yml is checked. */
class CrisisDialogTests {

  static final List<String> LINES =
      List.of("0570-783-556", "0120-279-338", "0120-061-338", "0570-064-556");

  final DialogContent content =
      new DialogContent(
          new ConversationSettings(
              SafetyDialogs.folder(), Duration.ofMinutes(30), "search", "search.location"));
  final CrisisDetector detector = new CrisisDetector(content);

  @Test
  void everyMeaningClassHasPatterns() {
    for (CrisisMeaning meaning : CrisisMeaning.values()) {
      assertThat(content.list(meaning)).as(meaning.key()).isNotEmpty();
    }
  }

  @Test
  void noPatternMatchesASentenceTheDialogsSayIsNeverACrisis() {
    for (String sentence : content.list(SafetyLists.NEVER)) {
      assertThat(detector.meaning(sentence)).as(sentence).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "死にたい",
        "しにたい",
        "シニタイ",
        "ｼﾆﾀｲ",
        "し に た い",
        "死　に　た　い",
        "死にたい😢",
        "🥲し・に・た・い",
        "もう死にたくなってきた",
        "きえたい",
        "キエタイ",
        "消えてしまいたい",
        "じさつ",
        "ジサツしたい",
        "自殺したい",
        "らくになりたい",
        "楽になりたい",
        "りすかした",
        "リスカしちゃった",
        "手首を切った",
        "ＯＤした",
        "od しそう",
        "昨日OD",
        "薬でODするかも",
        "ｵｰﾊﾞｰﾄﾞｰｽﾞ",
        "首を吊りたい",
        "首つりしたい",
        "飛び降りたい",
        "とびおりたい",
        "生きていたくない",
        "生きてたくない",
        "いきていたくない",
        "生きるのがつらい",
        "生きるのが辛い",
        "いなくなりたい",
        "居なくなりたい",
        "死んだほうがまし",
        "氏にたい",
        "タヒにたい",
        "遺書を書いた",
        "4ぬしかない",
        "きえたひ",
        "四に対",
        "しにたあい"
      })
  void spellingsWidthsSpacingAndEmojiAreAllRecognised(String message) {
    assertThat(detector.isCrisis(message)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "こんにちは",
        "メニュー",
        "高松市の居場所を探しています",
        "家族会はありますか",
        "ひきこもりの相談",
        "good",
        "food bank",
        "method",
        "iPod",
        "Good morning",
        "オンラインで話せるところ",
        "生きづらさを感じる",
        "データを消して",
        "忘れて",
        "近くの相談窓口",
        "不登校の子の親です",
        "",
        "学校にいきたくない",
        "仕事を終わらせたい",
        "新しい世界に飛び込みたい",
        "死ぬほど笑った",
        "びくびくしてる",
        "市に対して要望を出した",
        "あくびが止まらない",
        "たあいない話がしたい",
        "ゲームで消えたヒントを探してる",
        "市に対案を出した",
        "LINEのメッセージは明日には消えます"
      })
  void ordinaryMessagesAreNotCrisis(String message) {
    assertThat(detector.isCrisis(message)).isFalse();
  }

  @Test
  void answerSpeaksWarmlyFirstThenGivesEveryLineAsTextAndAsAButton() throws IOException {
    JsonNode node = crisisNode();
    List<String> say = new ArrayList<>();
    node.get("say").forEach(s -> say.add(s.asText()));
    // The lines themselves are listed once, where the answer writes {lines.phone} / {lines.chat}.
    assertThat(String.join("\n", say)).contains("{lines.phone}", "{lines.chat}");
    JsonNode lists =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("dialogs", "crisis.yml").toFile())
            .get("lists");
    lists.get("crisis_lines_phone").forEach(s -> say.add(s.asText()));
    lists.get("crisis_lines_chat").forEach(s -> say.add(s.asText()));
    List<String> tels = new ArrayList<>();
    node.get("choices")
        .forEach(
            c -> {
              if (c.has("tel")) {
                tels.add(c.get("tel").asText());
              }
            });

    assertThat(say.get(0)).doesNotContainPattern("[0-9]");
    assertThat(String.join("\n", say))
        .contains(LINES)
        .contains("119", "110", "あなたのいばしょ", "こころのほっとチャット", "生きづらびっと");
    assertThat(tels).containsAll(LINES).contains("119", "110");
    assertThat(node.get("on").get(0).asText()).isEqualTo("crisis");
  }

  @Test
  void answerEndsWithAnOfferToLookForAPlaceOrPerson() throws IOException {
    JsonNode choices = crisisNode().get("choices");
    JsonNode last = choices.get(choices.size() - 1);

    assertThat(last.get("text").asText()).isEqualTo("メニュー");
    assertThat(crisisNode().get("say").get(3).asText()).contains("探す");
  }

  @Test
  void everyTypedChoiceInSafetyAndPrivacyDialogsReachesARealNode() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Set<String> triggers = new HashSet<>();
    List<String> typed = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("dialogs"), "*.yml")) {
      for (Path file : files) {
        boolean ours = SafetyDialogs.FILES.contains(file.getFileName().toString());
        for (JsonNode node : yaml.readTree(file.toFile()).path("nodes")) {
          node.path("triggers").forEach(t -> triggers.add(t.asText()));
          node.path("choices")
              .forEach(
                  c -> {
                    if (ours && c.has("text")) {
                      typed.add(c.get("text").asText());
                    }
                  });
        }
      }
    }

    assertThat(typed).isNotEmpty();
    assertThat(triggers).containsAll(typed);
  }

  private static JsonNode crisisNode() throws IOException {
    JsonNode file =
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("dialogs", "crisis.yml").toFile());
    for (JsonNode node : file.get("nodes")) {
      if ("crisis".equals(node.get("id").asText())) {
        return node;
      }
    }
    throw new AssertionError("dialogs/crisis.yml has no node 'crisis'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "自分もろとも全部終わらせたい",
        "なんで私まだ生きてるんだろう",
        "早く死なないと家族に迷惑がかかる",
        "何度も頭を壁に打ちつけてしまう",
        "睡眠薬のんだ、全部",
        "どんなやり方なら苦しくなく死ねるか検索してる",
        "車で突っ込めば事故に見えるかな",
        "樹海に向かってる、帰らないつもり",
        "屋上に来た。今から飛ぶ",
        "生命保険の免責期間はもう過ぎた",
        "大事なカメラは友達に譲った。もう私には必要ないから",
        "みんな元気でね、俺のことは忘れて",
        "置き手紙を残して家を出ます",
        "my family would be better off without me",
        "I keep thinking of jumping in front of a train",
        "台風で家ごと流されてくれたらいいのに",
        "来週まで生きていられる自信がない",
        "俺なんか死ね",
        "消えてぇ",
        "睡眠薬を二週間分まとめて飲んだ",
        "ロープで試してみたけど怖くてやめた、次は確実に",
        "踏切のそばに住んでるからいつでも行ける",
        "うちの犬のこと、誰かお願い",
        "my brother told me he is going to kill himself"
      })
  void plansMethodsAndFarewellsSaidSidewaysAreCrisis(String message) {
    assertThat(detector.isCrisis(message)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "読んでた漫画、主人公が最後に死んでしまって泣いた",
        "昔リスカしてたけど、今は落ち着いて働いてます",
        "飛び降り事件のニュースを見て子どもが怖がっています",
        "実家には帰らないつもり",
        "今日で最後のバイトでした、ありがとうございました",
        "ゲームで推しキャラを死なせたくない",
        "延長戦の末、最後はサヨナラホームランだった",
        "目が死んでるって友達に言われた",
        "清水の舞台から飛び降りる覚悟で告白した",
        "書き置きして買い物に出かけた",
        "希死念慮のある利用者さんへの関わり方を学びたい"
      })
  void storiesNewsAndAPastThatIsOverAreNotCrisis(String message) {
    assertThat(detector.isCrisis(message)).isFalse();
  }

  /** crisis_not cuts a phrase out before anything reads it: a crisis said beside it must stay. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "漫画の主人公が死んだ。俺も死んでしまいたい",
        "アニメの主人公が消えるみたいに私も消えたい",
        "1年前からリスカしてるけど、今は毎日切ってる",
        "以前は自傷してたけど今は毎晩切ってる",
        "昔から死にたいって言ってたけど、誰も本気にしてくれない",
        "首吊りの動画ばかり見てしまう",
        "飛び降り自殺のニュースを見て、私も飛び降りたいと思った"
      })
  void aCrisisSaidBesideAPhraseThatIsCutOutIsStillACrisis(String message) {
    assertThat(detector.isCrisis(message)).isTrue();
  }
}
