package jp.junction.bot.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Place mentions over the shipped gazetteer: districts, variant kanji, same-reading guesses. */
class PlaceMentionsTests {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

  private static List<Gazetteer.Mention> mentions(String text) {
    return GAZETTEER.mentions(text);
  }

  private static List<String> towns(Gazetteer.Mention m) {
    return m.municipalities().stream()
        .map(t -> t.isWard() ? t.prefecture() + "/" + t.parent() + t.name() : t.key())
        .toList();
  }

  @Test
  void aDistrictStandsForTheMunicipalityThatHasIt() {
    Gazetteer.Mention namba = mentions("難波で居場所を探しています").get(0);

    assertThat(namba.match()).isEqualTo(Gazetteer.Match.DISTRICT);
    assertThat(towns(namba)).containsExactly("大阪府/大阪市中央区");
    assertThat(GAZETTEER.districtCount()).isGreaterThan(70_000);
  }

  @Test
  void aDistrictSeveralTownsHaveGivesAllOfThemUnlessOtherWordsPointToOne() {
    assertThat(towns(mentions("泉中央の家族会").get(0))).hasSize(3).contains("宮城県/仙台市泉区");
    assertThat(towns(mentions("仙台の泉中央で家族会").get(1))).containsExactly("宮城県/仙台市泉区");
    assertThat(towns(mentions("宮城県 泉中央").get(1))).containsExactly("宮城県/仙台市泉区");
  }

  @Test
  void districtsNamedTogetherAreReadInTheCityTheyShare() {
    List<Gazetteer.Mention> found = mentions("梅田かなんばあたりで寄れる居場所");

    assertThat(found).extracting(Gazetteer.Mention::surface).containsExactly("梅田", "なんば");
    assertThat(towns(found.get(0))).containsExactly("大阪府/大阪市北区");
    assertThat(towns(found.get(1))).containsExactly("大阪府/大阪市中央区");
  }

  @Test
  void aMunicipalityWinsOverADistrictOfTheSameName() {
    assertThat(mentions("新宿で相談").get(0).match()).isEqualTo(Gazetteer.Match.EXACT);
    assertThat(towns(mentions("新宿で相談").get(0))).containsExactly("東京都/新宿区");
    assertThat(towns(mentions("高松の居場所").get(0))).containsExactly("香川県/高松市");
  }

  @Test
  void ordinaryWordsSurnamesAndKanaPhrasesAreNotReadAsDistricts() {
    assertThat(mentions("日中は家にいます")).isEmpty();
    assertThat(mentions("駅前の相談窓口")).isEmpty();
    assertThat(mentions("天神様にお参り")).isEmpty();
    assertThat(mentions("民生委員の渡辺です")).isEmpty();
    assertThat(mentions("田中さんに相談した")).isEmpty();
    assertThat(mentions("和田さんと話した")).isEmpty();
    assertThat(mentions("ほとんど部屋にいます")).isEmpty();
    assertThat(mentions("関東で居場所")).isEmpty();
  }

  @Test
  void aDistrictInsideALongerWordIsNotRead() {
    assertThat(mentions("梅田駅の近く")).extracting(Gazetteer.Mention::surface).containsExactly("梅田");
    assertThat(mentions("梅田ロフトに行った")).isEmpty();
    assertThat(mentions("和田先生")).isEmpty();
  }

  @Test
  void variantKanjiAndLinkingKanaMeetTheOfficialName() {
    assertThat(towns(mentions("塩釜の居場所").get(0))).containsExactly("宮城県/塩竈市");
    assertThat(towns(mentions("塩竃で相談").get(0))).containsExactly("宮城県/塩竈市");
    assertThat(mentions("塩釜の居場所").get(0).match()).isEqualTo(Gazetteer.Match.VARIANT);
    assertThat(mentions("塩竈市の居場所").get(0).match()).isEqualTo(Gazetteer.Match.EXACT);
    for (String text : List.of("竜ヶ崎", "竜ケ崎", "龍ヶ崎", "龍ケ崎市", "竜が崎")) {
      assertThat(towns(mentions(text).get(0))).as(text).containsExactly("茨城県/龍ケ崎市");
    }
    assertThat(towns(mentions("桧原村").get(0))).containsExactly("東京都/檜原村");
    assertThat(towns(mentions("高碕で女子会").get(0))).containsExactly("群馬県/高崎市");
    assertThat(towns(mentions("霞ケ関").get(0))).isEqualTo(towns(mentions("霞が関").get(0)));
  }

  @Test
  void aSameReadingWrongKanjiIsAGuessNeverDropped() {
    Gazetteer.Mention guess = mentions("高末以外で女子会ある？").get(0);

    assertThat(guess.match()).isEqualTo(Gazetteer.Match.SAME_READING);
    assertThat(guess.nearMiss()).isTrue();
    assertThat(towns(guess)).containsExactly("香川県/高松市");
    assertThat(towns(mentions("高先で相談").get(0))).containsExactly("群馬県/高崎市");
  }

  @Test
  void aLookAlikeKanjiForTheCapeIsReadAsTheTownAndSaitamaStaysSaitama() {
    assertThat(towns(mentions("高埼 家族会").get(0))).containsExactly("群馬県/高崎市");
    assertThat(towns(mentions("川埼市で相談").get(0))).containsExactly("神奈川県/川崎市");
    assertThat(mentions("埼玉で居場所").get(0).prefecture().name()).isEqualTo("埼玉県");
    assertThat(towns(mentions("埼玉県新座市の家族会").get(1))).containsExactly("埼玉県/新座市");
  }

  @Test
  void readingsThePlaceNamesTeachMakeSameReadingGuessesTheTableCannot() {
    // 阪 has only ばん in the kanji table; 大阪 (おおさか) teaches さか, so 阪出 reads as 坂出.
    Gazetteer.Mention guess = mentions("阪出 当事者会").get(0);

    assertThat(guess.match()).isEqualTo(Gazetteer.Match.SAME_READING);
    assertThat(towns(guess)).containsExactly("香川県/坂出市");
  }

  @Test
  void aTownAreaSaidWithoutItsMachiIsReadAndWinsOverAShorterTownName() {
    assertThat(towns(mentions("保谷で家族会").get(0))).containsExactly("東京都/西東京市");
    assertThat(towns(mentions("大泉学園 当事者会").get(0))).containsExactly("東京都/練馬区");
    assertThat(towns(mentions("大泉町で相談").get(0))).containsExactly("群馬県/大泉町");
    // One more character after a town's name is still that town, not a town area elsewhere.
    assertThat(towns(mentions("丸亀町の居場所").get(0))).containsExactly("香川県/丸亀市");
  }

  @Test
  void aShortTownNameStuckToAKanjiGivesWayToALongerNameWithOneWrongKanji() {
    assertThat(mentions("東村上で相談").get(0).match()).isEqualTo(Gazetteer.Match.NEAR_MISS);
    assertThat(towns(mentions("東村上で相談").get(0))).containsExactly("東京都/東村山市");
    assertThat(mentions("多摩地域で親の会").get(0).surface()).isEqualTo("多摩");
    assertThat(mentions("高松市内で相談").get(0).match()).isEqualTo(Gazetteer.Match.EXACT);
  }

  @Test
  void aTownAreaThatContainsAnotherTownsNameIsTheTownArea() {
    assertThat(towns(mentions("花小金井で居場所").get(0))).containsExactly("東京都/小平市");
    assertThat(towns(mentions("小金井で居場所").get(0))).containsExactly("東京都/小金井市");
  }

  @Test
  void aFormerTownThatLivesOnInItsCitysTownAreasIsReadAsThatCity() {
    assertThat(towns(mentions("松井田に住んでます").get(0))).containsExactly("群馬県/安中市");
    assertThat(towns(mentions("倉渕町で居場所").get(0))).containsExactly("群馬県/高崎市");
    assertThat(towns(mentions("角館の家族会").get(0))).containsExactly("秋田県/仙北市");
  }

  @Test
  void everydayRomajiWordsAndBareWardNamesAreNoPlaces() {
    assertThat(mentions("hikikomori no musuko no koto de soudan shitai")).isEmpty();
    assertThat(mentions("nakama ga hoshii")).isEmpty();
    assertThat(mentions("kita no hou de ibasho")).isEmpty();
    assertThat(towns(mentions("Takamatsu de soudan").get(0))).containsExactly("香川県/高松市");
    assertThat(towns(mentions("koutou ku de soudan").get(0))).containsExactly("東京都/江東区");
  }

  @Test
  void ordinaryKanjiWordsGiveNoGuess() {
    for (String text : List.of("相談したい", "高校に行けない息子", "家族会に行きたい", "仕事を探す", "親の会")) {
      assertThat(mentions(text)).as(text).isEmpty();
    }
  }
}
