package jp.junction.bot.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.junction.bot.exchange.ExchangeFormatException;
import org.junit.jupiter.api.Test;

/** Railway stations (stations.tsv) read as the town they stand in. */
class StationsTests {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

  private static List<String> towns(String text) {
    return GAZETTEER.mentions(text).stream()
        .flatMap(m -> m.municipalities().stream())
        .map(Municipality::key)
        .distinct()
        .toList();
  }

  @Test
  void aStationNamedAfterAnotherTownIsTheTownItStandsIn() {
    assertThat(towns("志木駅の近くで相談")).containsExactly("埼玉県/新座市");
    assertThat(towns("下松駅から歩ける居場所")).containsExactly("大阪府/岸和田市");
    assertThat(towns("志木市で相談")).containsExactly("埼玉県/志木市");
  }

  @Test
  void aStationNamedAfterAParkOrAnotherPlaceIsItsTownWithOrWithout駅() {
    assertThat(towns("石神井公園駅の近くで家族会")).containsExactly("東京都/練馬区");
    assertThat(towns("石神井公園のあたりで家族会")).containsExactly("東京都/練馬区");
    assertThat(towns("りんくうタウンの近くの当事者会")).containsExactly("大阪府/泉佐野市");
    assertThat(towns("和泉府中で居場所")).containsExactly("大阪府/和泉市");
    assertThat(towns("上州富岡駅の近く")).containsExactly("群馬県/富岡市");
    assertThat(towns("しゃくじいこうえんの近くで居場所")).containsExactly("東京都/練馬区");
  }

  @Test
  void aStationWhoseTownAreaNameIsAlsoAnotherTownsIsTheStationsTown() {
    assertThat(towns("秋津駅の近くで当事者会")).containsExactly("東京都/東村山市");
  }

  @Test
  void aStationWhoseNameAloneIsAnOrdinaryWordNeeds駅() {
    assertThat(towns("小川駅の近くで居場所")).containsExactly("東京都/小平市");
    assertThat(towns("小川さんに紹介された居場所")).doesNotContain("東京都/小平市");
  }

  @Test
  void aStationOfAnUnknownMunicipalityStopsLoadingWithTheLine() {
    String file =
        "prefecture\tstation\tkana\tmunicipality\tbare\tnotes\n東京都\t石神井公園\tしゃくじいこうえん\t練馬区\tyes\t\n";
    Spelling spelling =
        Spelling.read(getClass().getClassLoader().getResourceAsStream("places/" + Spelling.FILE));

    assertThatThrownBy(
            () ->
                Districts.none()
                    .withStations(
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), spelling))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessageContaining("stations.tsv: line 2")
        .hasMessageContaining("東京都/練馬区");
  }
}
