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
  void aBareYesOrNoAnswerIsNoPlace() {
    for (String answer : List.of("はい", "いいえ", "うん", "ううん", "yes", "no", "Yes", "NO", "ええ")) {
      assertThat(GAZETTEER.mentions(answer)).as(answer).isEmpty();
    }
  }

  @Test
  void aStationNameInsideALongerWordIsNoStation() {
    assertThat(towns("蛸地蔵尊の近くの居場所")).doesNotContain("大阪府/岸和田市");
    assertThat(towns("石神井公園前通りの居場所")).doesNotContain("東京都/練馬区");
  }

  private static final String HEADER = "prefecture\tstation\tkana\tmunicipality\tbare\tnotes\n";

  /** The test gazetteer with no districts of its own and the given stations. */
  private static Gazetteer withStations(String stations) {
    ClassLoader loader = StationsTests.class.getClassLoader();
    return Gazetteer.read(
        loader.getResourceAsStream("places-fixture/municipalities.csv"),
        loader.getResourceAsStream("places-fixture/prefectures.csv"),
        stream("name,kana,codes\n"),
        stations == null ? null : stream(HEADER + stations),
        null,
        null,
        null);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> towns(Gazetteer gazetteer, String text) {
    return gazetteer.mentions(text).stream()
        .flatMap(m -> m.municipalities().stream())
        .map(Municipality::key)
        .toList();
  }

  @Test
  void theStationsGivenAreReadWithTheCallersDistrictsAndNoOthers() {
    assertThat(towns(withStations("埼玉県\t志木\tしき\t新座市\tno\t\n"), "志木駅の近くで相談"))
        .containsExactly("埼玉県/新座市");
    assertThat(towns(withStations(null), "石神井公園駅の近くで家族会")).isEmpty();
  }

  @Test
  void aBareStationNameThatIsAlreadyAPlaceStaysThatPlace() {
    Gazetteer gazetteer = withStations("埼玉県\t所沢\tところざわ\t新座市\tyes\t\n");

    assertThat(towns(gazetteer, "所沢で相談")).containsExactly("埼玉県/所沢市");
    assertThat(towns(gazetteer, "所沢駅の近くで相談")).containsExactly("埼玉県/新座市");
  }

  @Test
  void aStationOfAnUnknownMunicipalityStopsLoadingWithTheLineAndTheTown() {
    assertThatThrownBy(() -> withStations("東京都\t志木\tしき\t新座市\tno\t\n"))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessage("stations.tsv: line 2: 東京都/新座市 is not known");
  }

  @Test
  void aBareColumnOtherThanYesOrNoStopsLoadingWithTheLine() {
    assertThatThrownBy(
            () -> withStations("埼玉県\t志木\tしき\t新座市\tno\t\n# a comment\n東京都\t石神井公園\t\t練馬区\ty\t\n"))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessage("stations.tsv: line 4: bare must be yes or no");
  }

  @Test
  void aStationListedTwiceForAPrefectureStopsLoading() {
    assertThatThrownBy(() -> withStations("埼玉県\t志木\tしき\t新座市\tno\t\n埼玉県\t志木\tしき\t新座市\tno\t\n"))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessage("stations.tsv: line 3: 志木 is listed twice for 埼玉県");
  }

  @Test
  void aStationsFileWithTheWrongColumnsStopsLoading() {
    assertThatThrownBy(() -> withStations("埼玉県\t志木\tしき\t新座市\n"))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessage("stations.tsv: line 2: 4 columns, expected 6");
  }
}
