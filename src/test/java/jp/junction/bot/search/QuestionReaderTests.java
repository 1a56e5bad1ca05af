package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionReaderTests {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
  private static final Lexicon LEXICON = Lexicon.load();

  /** The corpus serves 群馬県富岡市, 東京都小平市 and 東久留米市, not their namesakes. */
  private final QuestionReader reader =
      new QuestionReader(
          GAZETTEER,
          LEXICON,
          Map.of("群馬県/富岡市", 6, "群馬県", 30, "東京都/小平市", 9, "東京都/東久留米市", 14, "東京都", 60, "北海道/小平町", 1));

  private Question read(String text) {
    return reader.read(SearchRequest.ofText(text, 10));
  }

  @Test
  void readsTownAskerAndKindFromALongQuestionByAParent() {
    Question q = read("娘が中学を出てから8年、ほとんど部屋にいます。丸亀に住む母です。親が相談できる窓口はありますか");

    assertThat(q.town().key()).isEqualTo("香川県/丸亀市");
    assertThat(q.notMyTown()).isFalse();
    assertThat(q.audience()).isEqualTo(Audience.FAMILY);
    assertThat(q.categories()).contains(Category.CONSULTATION, Category.FAMILY);
    assertThat(q.age()).isEqualTo(AgeRange.ADULT);
  }

  @Test
  void readsTheNamedTownAsTheOneToAvoid() {
    assertThat(read("知り合いに会いたくないので、高崎以外の居場所").notMyTown()).isTrue();
    assertThat(read("近所の目があるので前橋市じゃないところの家族会").town().name()).isEqualTo("前橋市");
    assertThat(read("地元はちょっと…隣の市で行ける当事者会 岸和田").notMyTown()).isTrue();
    assertThat(read("家以外で過ごせる場所 高崎").notMyTown()).isFalse();
  }

  @Test
  void readsAnAmbiguousNameAsTheTownTheCorpusServes() {
    assertThat(read("富岡 家族会").town().key()).isEqualTo("群馬県/富岡市");
    assertThat(read("小平で相談").town().key()).isEqualTo("東京都/小平市");
    assertThat(read("福島県 富岡 相談").town().key()).isEqualTo("福島県/富岡町");
  }

  @Test
  void readsReadingsRomajiAndNearMissSpellings() {
    assertThat(read("まるがめ いばしょ").town().name()).isEqualTo("丸亀市");
    assertThat(read("Annaka ibasho").town().name()).isEqualTo("安中市");
    assertThat(read("Annaka ibasho").categories()).containsExactly(Category.IBASHO);
    assertThat(read("東久留目 相談").town().name()).isEqualTo("東久留米市");
    assertThat(read("中心市街地で相談したい").town()).isNull();
    assertThat(read("久留米で引きこもりの相談").town().key()).isEqualTo("福岡県/久留米市");
    assertThat(read("東村山の居場所").town().key()).isEqualTo("東京都/東村山市");
  }

  @Test
  void readsAPrefectureAloneAsAPrefecture() {
    Question q = read("家族教室 東京");

    assertThat(q.town()).isNull();
    assertThat(q.prefecture().name()).isEqualTo("東京都");
    assertThat(q.keywords()).contains(List.of("家族教室", "講座", "セミナー"));
  }

  @Test
  void ofTwoPrefecturesNamedReadsTheOneAskedForNotTheOneAvoided() {
    assertThat(read("香川県内は狭いけん、県外の当事者会ないん？岡山とかなら電車で行けるんやけど").prefecture().name()).isEqualTo("岡山県");
    assertThat(read("香川以外で、岡山の家族会").prefecture().name()).isEqualTo("岡山県");
    assertThat(read("大阪か兵庫で居場所").prefecture().name()).isEqualTo("大阪府");
  }

  @Test
  void readsABareCapitalNameAsTheCityOnlyWhenSomeoneLivesThere() {
    Question lives = read("和歌山に住んでます。メールで相談したい");
    Question asks = read("きょうだいの会 大阪");

    assertThat(lives.town().key()).isEqualTo("和歌山県/和歌山市");
    assertThat(asks.town()).isNull();
    assertThat(asks.prefecture().name()).isEqualTo("大阪府");
  }

  @Test
  void readsNotGoingToSchoolInAnyFormButNotGoingToSchoolAsUsual() {
    Question away = read("うちの子は小学6年で、4月から学校に行っていません。西東京で通える場所を");
    Question goes = read("岸和田に住んでて、大阪市内の専門学校に通ってます。梅田あたりで寄れる居場所");

    assertThat(away.categories()).contains(Category.LEARNING);
    assertThat(away.groups()).contains("school");
    assertThat(away.notMyTown()).isFalse();
    assertThat(goes.categories()).doesNotContain(Category.LEARNING);
  }

  @Test
  void searchingTheNetIsNotAskingForOnlineAndAPhoneOthersCanHearIsRuledOut() {
    Question searched = read("ネットで「ひきこもり　居場所」と検索してもピンとこなくて。ぶらっと行ける場所が高松にあれば");
    Question overheard = read("電話だと家族に聞こえちゃうので、文字で相談できるところがいいです。丸亀に住んでます");

    assertThat(searched.hardFlags()).doesNotContain(Flag.ONLINE);
    assertThat(read("ネットで参加できる居場所").hardFlags()).contains(Flag.ONLINE);
    assertThat(overheard.notKeywords()).contains("電話");
  }

  @Test
  void aChildsOwnPlaceAndSchoolRefusalAreKeptButASchoolYearAloneIsNoSchoolRefusal() {
    Question both = read("母親です。中3の娘が学校に行けていません。同じ悩みの親と話せる会と、娘が昼間いられる場所の両方を知りたいです。新座市です");
    Question stepchild = read("夫の連れ子（高2）が部屋から出てきません。私が相談してもいいのでしょうか。小平市です");

    assertThat(both.categories()).contains(Category.FAMILY, Category.LEARNING);
    assertThat(stepchild.groups()).contains("school");
    assertThat(stepchild.keywords()).noneMatch(anyOf -> anyOf.contains("不登校"));
    assertThat(read("takamatu free school").groups()).contains("school");
  }

  @Test
  void readsWhatASupporterAsksForThePersonTheyAskFor() {
    assertThat(read("保健師です。安中市の20代の男性について、本人が通える場所を").categories()).contains(Category.IBASHO);
    assertThat(read("担任しているクラスの生徒が不登校です。保護者に紹介できる会を前橋で").categories()).contains(Category.FAMILY);
    assertThat(read("うち丸亀なんやけど、子どもがずーっと家におってな。親が行けるとこあるん？").categories()).contains(Category.FAMILY);
  }

  @Test
  void readsKindsOfHelpSaidInRomajiOrAsPeopleLikeOneself() {
    assertThat(read("Kishiwada shuro shien").categories()).containsExactly(Category.EMPLOYMENT);
    assertThat(read("maebashi shigoto soudan").categories()).contains(Category.EMPLOYMENT);
    assertThat(read("同じような人がいる所なら行ってみたい。岸和田です").categories()).contains(Category.PEER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "岸和田は知り合いが多いので別の町で相談したい",
        "地元（岬町）以外で相談したいです",
        "丸亀には行きたくない。相談できるところ",
        "I live in Takamatsu but want an ibasho outside Takamatsu",
        "takasaki igai de kazokukai",
        "東久留米の家族会は近所の人がいるので、それ以外で",
        "練馬の区内だと近すぎるので、区外で女子会",
        "高崎じゃなくて、少し離れたところで居場所",
        "前橋は避けたい。家族会を探しています",
        "身バレが怖いので丸亀から離れた居場所",
        "泉南だと知り合いに会いそう",
        "安中は狭いので、知ってる人がいない町の居場所がいい",
        "東久留米の人にはあまり会いたくないので、家族会を探しています",
        "前橋に住んでいますが、同じ町の人が来なさそうな当事者会がいい",
        "I live in Maebashi and would like a family group, but not in Maebashi",
        "I'm in Takasaki. Somewhere people who know us won't be, please",
        "I live in Kodaira, but I don't want a group in Kodaira. Any peer group nearby?"
      })
  void readsOtherWaysOfSayingNotMyTown(String question) {
    assertThat(read(question).notMyTown()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "泉佐野で居場所を探しています",
        "知り合いもいなくて寂しい。前橋で居場所",
        "自分じゃなくて息子のことです。高崎で相談",
        "人目が気になって外に出られない。高松在住",
        "離れて暮らす息子が高崎でひきこもっている",
        "学校以外で通える場所を西東京で探しています",
        "電話以外で相談したい。前橋に住んでいます",
        "平日以外に開いている居場所 高松",
        "I live in Kodaira and I do not want to go out in the daytime. A place to be?"
      })
  void doesNotReadStoriesAboutOthersOrLonelinessAsNotMyTown(String question) {
    assertThat(read(question).notMyTown()).isFalse();
  }

  @Test
  void readsStatedConditionsAsHardOrSoft() {
    Question women = read("女性だけのオンラインの集まり");
    Question evening = read("仕事帰りに寄れる相談 高崎 予約なし 無料");
    Question tonight = read("今夜だれかと話したい");

    assertThat(women.hardFlags()).containsExactlyInAnyOrder(Flag.WOMEN_ONLY, Flag.ONLINE);
    assertThat(women.groups()).contains("women");
    assertThat(evening.flags())
        .containsExactlyInAnyOrder(Flag.EVENING, Flag.IN_PERSON, Flag.NO_RESERVATION, Flag.FREE);
    assertThat(tonight.hardFlags()).contains(Flag.EVENING);
  }

  @Test
  void doesNotTakeDayNightReversalOrSleeplessNightsForEvening() {
    assertThat(read("昼夜逆転している息子のことで相談 前橋").flags()).doesNotContain(Flag.EVENING);
    assertThat(read("夜も眠れなくて相談したい 高崎").flags()).doesNotContain(Flag.EVENING);
    assertThat(read("明け方に寝て夕方に起きる生活です。高崎で病院を探しています").flags()).doesNotContain(Flag.EVENING);
    assertThat(read("夜まで寝ていることが多い娘のことで相談 前橋").flags()).doesNotContain(Flag.EVENING);
    assertThat(read("夕方から行ける居場所 高崎").flags()).contains(Flag.EVENING);
    assertThat(read("仕事に行っていない息子のことで相談").flags()).doesNotContain(Flag.IN_PERSON);
  }

  @Test
  void readsAgeAndSpecialGroups() {
    Question school = read("中2の息子が不登校です。親の会を探しています 小平");
    Question man = read("自分は35歳の男です。前橋で当事者会");
    Question sibling = read("50代の兄がひきこもり。きょうだいの会 大阪");
    Question son = read("母親です。息子（25）がずっと家にいます");

    assertThat(school.age()).isEqualTo(new AgeRange(13, 14));
    assertThat(school.groups()).contains("school");
    assertThat(school.wantsGroup()).isTrue();
    assertThat(man.age()).isEqualTo(new AgeRange(35, 35));
    assertThat(man.groups()).contains("men");
    assertThat(man.audience()).isEqualTo(Audience.SELF);
    assertThat(sibling.groups()).contains("sibling");
    assertThat(sibling.age()).isEqualTo(new AgeRange(50, 59));
    assertThat(son.age()).isEqualTo(new AgeRange(25, 25));
    assertThat(read("高校で3年生の担任をしています。男子生徒が家にこもりがちです 高崎").age()).isEqualTo(new AgeRange(17, 18));
    assertThat(read("中で1番つらいのは夜です 高崎").age()).isNull();
  }

  @Test
  void readsAParentsSchoolQuestionAsGroupOnlyWhenAGroupIsAsked() {
    Question group = read("小学生の娘が学校に行けません。親が集まる会はありますか 岸和田");
    Question help = read("小学生の娘が学校に行けません 岸和田");

    assertThat(group.categories()).containsExactly(Category.FAMILY);
    assertThat(group.wantsGroup()).isTrue();
    assertThat(help.categories())
        .containsExactlyInAnyOrder(Category.LEARNING, Category.CONSULTATION, Category.FAMILY);
    assertThat(help.age()).isEqualTo(new AgeRange(6, 12));
  }

  @Test
  void readsAPlaceForTheChildAsForTheChildNotAFamilyGroup() {
    Question q = read("不登校の子どもが過ごせる場所 小平");

    assertThat(q.categories())
        .contains(Category.LEARNING, Category.IBASHO)
        .doesNotContain(Category.FAMILY);
    assertThat(q.audience()).isNull();
    Question freeSchool = read("息子が小学5年から学校に行けていません。高崎でフリースクールのような所があれば知りたいです");
    assertThat(freeSchool.audience()).isNull();
    assertThat(freeSchool.categories()).contains(Category.LEARNING);
  }

  @Test
  void readsAnEightyFiftyStoryWithoutMakingItACondition() {
    Question story = read("8050問題というのを知りました。兄のことを相談できるところは 善通寺");
    Question topic = read("8050問題 相談 前橋");

    assertThat(story.keywords()).doesNotContain(List.of("8050"));
    assertThat(topic.keywords()).contains(List.of("8050"));
  }

  @Test
  void copesWithHugeControlEmojiAndQuerySyntaxInput() {
    String huge = "相談".repeat(10_000);
    Question q = read("\u0000\u0007😀\uD800 (居場所)* AND \"OR\" ~高松^2 " + huge);

    assertThat(q.text().length()).isLessThanOrEqualTo(QuestionReader.MAX_TEXT + 10);
    assertThat(q.town().name()).isEqualTo("高松市");
    assertThat(read("").categories()).isNotEmpty();
  }

  @Test
  void readsTheWordsOfARefinementAddedToTheQuestion() {
    Question family = read("高崎 居場所 家族向け");

    assertThat(family.audience()).isEqualTo(Audience.FAMILY);
    assertThat(family.categories()).contains(Category.FAMILY);
    assertThat(read("高崎 居場所 オンライン").hardFlags()).contains(Flag.ONLINE);
    assertThat(read("高崎 居場所 近くの町も").nearbyWanted()).isTrue();
    assertThat(read("高崎 居場所 地元以外で").notMyTown()).isTrue();
    assertThat(read("高崎 居場所").nearbyWanted()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "民生委員をしています。担当の地区に、長く家にいる方がいて、紹介できる場所を探しています",
        "保健師です。本人が通える居場所を探しています 高崎",
        "中学校の教員です。相談できるところを教えてください"
      })
  void aSupporterAskingOnSomeonesBehalfGetsWhatFitsThatPerson(String text) {
    assertThat(read(text).audience()).isNotEqualTo(Audience.SUPPORTER);
  }

  @Test
  void aSupporterAskingForTheirOwnTrainingGetsSupportersServices() {
    assertThat(read("民生委員です。支援者向けの研修はありますか").audience()).isEqualTo(Audience.SUPPORTER);
  }

  @Test
  void aKindNamedOnlyInTheStoryIsNotWhatIsAskedFor() {
    Question q = read("息子が就職に失敗して8年、家にいます。夫は話になりません。小平で私ひとりでも相談に行けるところはありますか");

    assertThat(q.categories()).contains(Category.CONSULTATION).doesNotContain(Category.EMPLOYMENT);
  }

  @Test
  void romajiAndKanaKindWordsAreRead() {
    assertThat(read("Kiyose hikikomori oya no kai").categories()).contains(Category.FAMILY);
    assertThat(read("こだいら　とうじしゃかい").categories()).contains(Category.PEER);
    assertThat(read("takamatu free school").keywords()).contains(List.of("フリースクール"));
  }

  @Test
  void somewhereBetweenTwoTownsAsksForTheTownsBetween() {
    QuestionReader kagawa =
        new QuestionReader(GAZETTEER, LEXICON, Map.of("香川県/高松市", 18, "香川県/坂出市", 6, "香川県/丸亀市", 9));
    Question q = kagawa.read(SearchRequest.ofText("高松と丸亀のちょうど間くらいで家族会", 10));

    assertThat(q.places().wanted()).extracting(m -> m.name()).contains("坂出市").doesNotContain("丸亀市");
    assertThat(q.places().homeWanted()).isFalse();
    assertThat(q.notMyTown()).isFalse();
  }

  @Test
  void aRegionalNameStandsForTheServedTownsItCoversAndTakesItsRole() {
    QuestionReader gunma =
        new QuestionReader(GAZETTEER, LEXICON, Map.of("群馬県/前橋市", 12, "群馬県/伊勢崎市", 4, "群馬県/高崎市", 9));

    Question asked = gunma.read(SearchRequest.ofText("中毛エリアで家族会", 10));
    assertThat(asked.town().name()).isEqualTo("前橋市");
    assertThat(asked.places().wanted()).extracting(m -> m.name()).containsExactly("伊勢崎市");
    assertThat(asked.places().homeWanted()).isTrue();

    Question avoided = gunma.read(SearchRequest.ofText("中毛以外で家族会", 10));
    assertThat(avoided.places().avoided()).extracting(m -> m.name()).contains("前橋市", "伊勢崎市");
    assertThat(avoided.notMyTown()).isTrue();
  }

  @Test
  void aStationNamedLikeAPrefectureAndItsCapitalIsInTheCity() {
    assertThat(read("和歌山駅の近くで女子会").town().key()).isEqualTo("和歌山県/和歌山市");
    assertThat(read("和歌山で女子会").town()).isNull();
  }

  @Test
  void aPrefecturesSouthOrNorthStandsForTheServedTownsThere() {
    QuestionReader osaka =
        new QuestionReader(GAZETTEER, LEXICON, Map.of("大阪府/泉佐野市", 5, "大阪府/阪南市", 3, "大阪府/大阪市", 20));

    Question q = osaka.read(SearchRequest.ofText("南大阪で就労支援をやってるところ", 10));
    assertThat(q.town().name()).isEqualTo("泉佐野市");
    assertThat(q.places().wanted()).extracting(m -> m.name()).containsExactly("阪南市");
  }

  @Test
  void aRegionTheDataDoesNotServeGivesWayToAServedTownOfTheSameReading() {
    QuestionReader osaka = new QuestionReader(GAZETTEER, LEXICON, Map.of("大阪府/泉南市", 3));

    assertThat(osaka.read(SearchRequest.ofText("仙南 居場所", 10)).town().key()).isEqualTo("大阪府/泉南市");
  }

  @Test
  void kunreiRomajiReadsAsHepburn() {
    assertThat(read("zentuji soudan").town().name()).isEqualTo("善通寺市");
    assertThat(read("takamatu free school").town().name()).isEqualTo("高松市");
    assertThat(read("sizuoka ibasho").town()).isNull();
    assertThat(read("sizuoka ibasho").prefecture().name()).isEqualTo("静岡県");
  }

  @Test
  void someoneElsesFamilySaidPolitelyIsNotTheAskersOwn() {
    Question employer = read("パート先の店長です。バイトの子が来なくなったと親御さんから聞きました。本人が少しずつ働く準備ができる所を小平で");
    Question neighbour = read("隣に住む者です。お隣の奥さんが息子さんのことで悩んでいます。奥さんが相談できる所を東久留米で");

    assertThat(employer.audience()).isNotEqualTo(Audience.FAMILY);
    assertThat(employer.categories()).contains(Category.EMPLOYMENT);
    assertThat(neighbour.audience()).isEqualTo(Audience.FAMILY);
    assertThat(neighbour.categories()).contains(Category.CONSULTATION);
    assertThat(read("民生委員です。近所のお子さんが不登校で、お子さんが通える場所を小平で探しています").audience()).isNull();
    assertThat(read("20代です。ご家族も参加できる居場所を高崎で").audience()).isEqualTo(Audience.SELF);
  }

  @Test
  void aGrandparentAuntOrUncleAsksAsFamily() {
    assertThat(read("孫が部屋から出てきません。祖母です。安中で相談できる所").audience()).isEqualTo(Audience.FAMILY);
    assertThat(read("甥のことで相談したい 高崎").audience()).isEqualTo(Audience.FAMILY);
  }

  @Test
  void aRelativeAskingForAPlaceThePersonGoesToGetsThatPersonsServices() {
    Question sister = read("兄がずっと家にいます。女の人がいない所がいいみたいなので、過ごせる場所を小平で。妹より");
    Question wife = read("夫が働けるように準備から手伝ってくれる所 高崎");

    Question brother = read("妹が心配です。妹が参加できる女性だけの会を高松で探しています。兄です");

    assertThat(sister.audience()).isNull();
    assertThat(brother.audience()).isNull();
    assertThat(brother.hardFlags()).contains(Flag.WOMEN_ONLY);
    assertThat(wife.audience()).isNull();
    assertThat(read("息子のことで相談したい 高崎").audience()).isEqualTo(Audience.FAMILY);
  }

  @Test
  void aChannelToldOfInTheStoryIsNoConditionButOneWishedForIs() {
    Question story = read("弟がもう一年部屋から出てこない。メールだけはたまに来る。本人が行けそうな居場所を小平で教えて");
    Question wish = read("ひきこもりの娘のことで相談したい。高崎です。電話がいいです");

    assertThat(story.hardFlags()).doesNotContain(Flag.ONLINE);
    assertThat(story.keywords()).isEmpty();
    assertThat(wish.keywords()).contains(List.of("電話"));
  }

  @Test
  void aKindTurnedDownIsNotWhatIsAskedFor() {
    Question q = read("20歳です。病院に行くのはまだ怖いので、そういうのじゃなくて、昼間ただ過ごせたらいいなと思っています。小平に住んでいます。");

    assertThat(q.categories()).contains(Category.IBASHO).doesNotContain(Category.MEDICAL);
    assertThat(read("30歳です。病院はまだ行く気になれないけど、同じような経験をした人と話してみたい。前橋です").categories())
        .contains(Category.PEER)
        .doesNotContain(Category.MEDICAL);
  }

  @Test
  void aSpouseWantingToTalkWithOthersInTheSameSituationAsksForAFamilyGroup() {
    Question q = read("妻が仕事を辞めて3年、家にこもっています。同じように家族のことで困っている人たちと話せる会が高崎にあれば行きたいです。");

    assertThat(q.categories()).contains(Category.FAMILY);
    assertThat(q.audience()).isEqualTo(Audience.FAMILY);
    Question wife = read("夫が会社を辞めてから家から出ません。私が同じ立場の人と話せる会はありますか。高崎です");
    assertThat(wife.categories()).contains(Category.FAMILY);
    assertThat(wife.audience()).isEqualTo(Audience.FAMILY);
  }

  @Test
  void aTimeOfDayToldInTheStoryIsNoConditionButOneAskedForIs() {
    Question story =
        read("息子は28歳です。昼夜逆転で、起きてくるのは夜遅くだけになりました。土日も部屋にこもっています。" + "丸亀で親が相談できる窓口はありますか");
    assertThat(story.flags()).doesNotContain(Flag.EVENING, Flag.WEEKEND);
    assertThat(story.town().name()).isEqualTo("丸亀市");

    Question asked = read("平日は働いています。高崎で夜か土日にやっている当事者会はありますか");
    assertThat(asked.flags()).contains(Flag.EVENING, Flag.WEEKEND);
  }

  @Test
  void それ以外はInAStoryMeansTheRestOfTheDayNotAnotherTown() {
    Question q = read("週に2回だけ清掃の仕事に出ています。それ以外はほぼ家です。岸和田あたりに当事者会があったら行ってみたい");
    assertThat(q.notMyTown()).isFalse();
    assertThat(q.town().name()).isEqualTo("岸和田市");
    assertThat(read("高崎の会は知り合いがいるので、それ以外の町で居場所").notMyTown()).isTrue();
  }

  @Test
  void aFormerTownsNameIsTheTownItBecame() {
    assertThat(read("綾上のあたりで家族会はありますか").town().key()).isEqualTo("香川県/綾川町");
    assertThat(read("kazokukai wa tanashishi de arimasu ka").town().key()).isEqualTo("東京都/西東京市");
    assertThat(read("旧琴南町に住んでいます。居場所を探しています").town().key()).isEqualTo("香川県/まんのう町");
    assertThat(read("香川の屋島のあたりで相談できるところ").town().key()).isEqualTo("香川県/高松市");
  }

  @Test
  void aGivenNameThatIsAlsoAFormerTownsBareReadingIsNoPlace() {
    assertThat(read("ハルナです。不登校の相談をしたい").town()).isNull();
    assertThat(read("タクマが引きこもっています。家族会はありますか").town()).isNull();
    assertThat(read("はるなまちのあたりで居場所").town().key()).isEqualTo("群馬県/高崎市");
  }
}
