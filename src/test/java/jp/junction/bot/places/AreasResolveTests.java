package jp.junction.bot.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreasResolveTests {

  private static final Areas AREAS = new Areas(Gazetteer.fromClasspath(), new PlacesSettings(20));

  private static Resolution.Place only(String text) {
    List<Resolution.Place> places = AREAS.resolve(text).places();
    assertThat(places).as(text).hasSize(1);
    return places.get(0);
  }

  private static List<String> labels(List<Areas.Area> areas) {
    return areas.stream().map(Areas.Area::label).toList();
  }

  @Test
  void aTownIsFoundAsWrittenOrInAVariantSpellingAndSaysWhich() {
    Resolution.Place written = only("高松で居場所");
    Resolution.Place variant = only("塩釜で家族会");

    assertThat(List.of(written.how(), variant.how()))
        .containsExactly(Resolution.How.EXACT, Resolution.How.VARIANT);
    assertThat(labels(written.areas())).containsExactly("香川県高松市");
    assertThat(labels(variant.areas())).containsExactly("宮城県塩竈市");
    assertThat(written.unsure()).isFalse();
  }

  @Test
  void aDistrictStandsForItsCityAndIsAmbiguousWhenNothingElseDecides() {
    Resolution.Place namba = only("難波で居場所");
    assertThat(namba.how()).isEqualTo(Resolution.How.DISTRICT);
    assertThat(labels(namba.areas())).containsExactly("大阪府大阪市");
    assertThat(namba.ambiguous()).isFalse();

    Resolution.Place umeda = only("梅田の居場所");
    assertThat(umeda.ambiguous()).isTrue();
    assertThat(labels(umeda.areas())).contains("大阪府大阪市").hasSizeGreaterThan(5);
  }

  @Test
  void aRegionStandsForTheMunicipalitiesItCovers() {
    Resolution.Place senshu = only("泉州で、ひきこもりの親が集まる会");
    assertThat(senshu.how()).isEqualTo(Resolution.How.REGION);
    assertThat(labels(senshu.areas()))
        .contains("大阪府岸和田市", "大阪府泉佐野市", "大阪府岬町", "大阪府熊取町")
        .doesNotContain("大阪府大阪市", "大阪府堺市");
    assertThat(senshu.unsure()).isFalse();

    assertThat(labels(only("西讃のほうで居場所ありますか").areas())).containsExactly("香川県観音寺市", "香川県三豊市");
    assertThat(labels(only("北摂エリア").areas())).contains("大阪府豊中市", "大阪府島本町", "大阪府能勢町").hasSize(10);
    assertThat(labels(only("23区はNG").areas())).hasSize(23).contains("東京都練馬区");
  }

  @Test
  void aRegionNameTwoPrefecturesHaveIsAmbiguousUntilThePrefectureIsNamed() {
    assertThat(only("嶺北で相談").ambiguous()).isTrue();

    List<Resolution.Place> kochi = AREAS.resolve("高知の嶺北で相談").places();
    Resolution.Place reihoku = kochi.get(1);
    assertThat(reihoku.ambiguous()).isFalse();
    assertThat(reihoku.areas()).allMatch(a -> a.prefecture().equals("高知県"));
  }

  @Test
  void aRegionThatIsAlsoATownsNameOffersBoth() {
    Resolution.Place tama = only("多摩で当事者会");

    assertThat(tama.how()).isEqualTo(Resolution.How.REGION);
    assertThat(labels(tama.areas())).contains("東京都八王子市", "東京都東久留米市", "東京都檜原村").hasSize(30);
    assertThat(labels(tama.alternatives())).containsExactly("東京都多摩市");
    assertThat(tama.unsure()).isTrue();
  }

  @Test
  void aSameReadingWrongKanjiIsAGuessWithTheTownAreaAsAnAlternative() {
    Resolution resolution = AREAS.resolve("高末以外で女子会ある？");

    assertThat(resolution.guesses()).hasSize(1);
    Resolution.Place guess = resolution.guesses().get(0);
    assertThat(guess.how()).isEqualTo(Resolution.How.SAME_READING);
    assertThat(labels(guess.areas())).containsExactly("香川県高松市");
    assertThat(labels(guess.alternatives())).containsExactly("兵庫県新温泉町");
  }

  @Test
  void twoPlacesInOneTextAreBothResolvedInOrder() {
    List<Resolution.Place> places = AREAS.resolve("家は丸亀、職場が高松").places();

    assertThat(places).extracting(Resolution.Place::surface).containsExactly("丸亀", "高松");
  }

  @Test
  void aTextWithoutPlacesResolvesToNothing() {
    assertThat(AREAS.resolve("日中は家にいます。相談したい").places()).isEmpty();
  }
}
