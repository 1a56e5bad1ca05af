package jp.junction.bot.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTests {

  static Gazetteer fixture() {
    ClassLoader loader = GazetteerTests.class.getClassLoader();
    return Gazetteer.read(
        loader.getResourceAsStream("places-fixture/municipalities.csv"),
        loader.getResourceAsStream("places-fixture/prefectures.csv"));
  }

  private final Gazetteer gazetteer = fixture();

  private List<String> towns(String text) {
    return gazetteer.mentions(text).stream()
        .flatMap(m -> m.municipalities().stream())
        .map(Municipality::key)
        .toList();
  }

  @Test
  void findsATownWithAndWithoutItsSuffix() {
    assertThat(towns("居場所 高松")).containsExactly("香川県/高松市");
    assertThat(towns("高松市の家族会")).containsExactly("香川県/高松市");
  }

  @Test
  void findsATownByItsReadingInHiraganaKatakanaAndRomaji() {
    assertThat(towns("たかまつ 家族会")).containsExactly("香川県/高松市");
    assertThat(towns("タカマツで相談")).containsExactly("香川県/高松市");
    assertThat(towns("Takasaki hikikomori soudan")).containsExactly("群馬県/高崎市");
    assertThat(towns("ひがしくるめ いばしょ")).containsExactly("東京都/東久留米市");
  }

  @Test
  void doesNotReadAPlaceInsideALongerRunOfKana() {
    assertThat(towns("みさきちょうの居場所")).containsExactly("大阪府/岬町");
    assertThat(towns("ともだちがいない")).isEmpty();
    assertThat(towns("会いたことがない")).isEmpty();
    assertThat(towns("いたこで相談")).containsExactly("茨城県/潮来市");
  }

  @Test
  void prefersTheLongestNameSoConfusablesStayApart() {
    assertThat(towns("東久留米 家族会")).containsExactly("東京都/東久留米市");
    assertThat(towns("久留米で相談")).containsExactly("福岡県/久留米市");
    assertThat(towns("東村山市に住んでいます")).containsExactly("東京都/東村山市");
  }

  @Test
  void readsANameWithOneWrongCharacterOnlyWhenNothingMatchesExactly() {
    List<Gazetteer.Mention> mentions = gazetteer.mentions("東久留目 相談");

    assertThat(mentions)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.nearMiss()).isTrue();
              assertThat(m.municipalities())
                  .extracting(Municipality::name)
                  .containsExactly("東久留米市");
            });
  }

  @Test
  void givesEveryTownAnAmbiguousNameCanMean() {
    assertThat(towns("富岡 家族会")).containsExactlyInAnyOrder("群馬県/富岡市", "福島県/富岡町");
    assertThat(towns("小平 相談")).containsExactlyInAnyOrder("東京都/小平市", "北海道/小平町");
  }

  @Test
  void readsPrefecturesAndTheirShortNames() {
    Gazetteer.Mention kagawa = gazetteer.mentions("匿名で相談 香川").get(0);
    Gazetteer.Mention osaka = gazetteer.mentions("きょうだいの会 大阪").get(0);

    assertThat(kagawa.prefecture().name()).isEqualTo("香川県");
    assertThat(osaka.prefecture().name()).isEqualTo("大阪府");
    assertThat(osaka.municipalities()).extracting(Municipality::name).containsExactly("大阪市");
  }

  @Test
  void normalisesWidthAndVariantKanji() {
    assertThat(towns("髙崎市 ｿｳﾀﾞﾝ")).containsExactly("群馬県/高崎市");
  }

  @Test
  void listsNeighboursNearestFirstWithinTheCapAndAdjacentPrefectures() {
    Municipality takamatsu = gazetteer.municipality("香川県", "高松市").orElseThrow();
    Municipality kurume = gazetteer.municipality("東京都", "東久留米市").orElseThrow();

    assertThat(gazetteer.neighbours(takamatsu, 20))
        .extracting(n -> n.municipality().name())
        .containsExactly("三木町", "坂出市");
    assertThat(gazetteer.neighbours(kurume, 8))
        .extracting(n -> n.municipality().name())
        .contains("西東京市", "清瀬市", "新座市")
        .doesNotContain("練馬区", "八王子市");
  }

  @Test
  void aWardStandsForItsDesignatedCity() {
    Municipality ward =
        gazetteer.municipalities().stream()
            .filter(m -> m.prefecture().equals("大阪府") && m.name().equals("北区"))
            .findFirst()
            .orElseThrow();

    assertThat(gazetteer.cityOf(ward).name()).isEqualTo("大阪市");
    assertThat(gazetteer.nearest(34.70, 135.50))
        .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("大阪市"));
    assertThat(towns("大阪市北区の相談")).containsExactly("大阪府/北区");
  }

  @Test
  void writesHepburnRomajiFromKana() {
    assertThat(Readings.romaji("たかさき")).isEqualTo("takasaki");
    assertThat(Readings.romaji("ぜんつうじ")).isEqualTo("zentsuuji");
    assertThat(Readings.romajiToHiragana("hikikomori soudan")).isEqualTo("ひきこもり そうだん");
  }
}
