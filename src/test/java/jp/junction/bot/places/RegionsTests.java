package jp.junction.bot.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import jp.junction.bot.exchange.ExchangeFormatException;
import org.junit.jupiter.api.Test;

class RegionsTests {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
  private static final String HEADER = "prefecture\tregion\tkana\tmembers\tsource\tnotes\n";

  private static InputStream tsv(String rows) {
    return new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8));
  }

  private static Regions read(String rows) {
    return Regions.read(tsv(rows), GAZETTEER.municipalities(), GAZETTEER.spelling());
  }

  @Test
  void everyPrefectureHasAtLeastOneRegionAndEveryRegionHasMembers() {
    Set<String> prefectures = new HashSet<>();
    GAZETTEER.regions().forEach(r -> prefectures.add(r.prefecture()));

    assertThat(prefectures).hasSize(47);
    assertThat(GAZETTEER.regions()).allMatch(r -> !r.municipalities().isEmpty());
    assertThat(GAZETTEER.regions())
        .allMatch(
            r -> r.municipalities().stream().allMatch(m -> m.prefecture().equals(r.prefecture())));
  }

  @Test
  void aCountyStandsForItsTownsAndVillages() {
    Gazetteer.Region region = read("香川県\t中讃\tちゅうさん\t丸亀市|仲多度郡\tx\t\n").all().get(0);

    assertThat(region.municipalities())
        .extracting(Municipality::name)
        .containsExactly("丸亀市", "琴平町", "多度津町", "まんのう町");
  }

  @Test
  void aMemberThatIsNoMunicipalityOfThePrefectureStopsLoadingWithTheLine() {
    assertThatThrownBy(() -> read("香川県\t中讃\tちゅうさん\t丸亀市|岸和田市\tx\t\n"))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessageContaining("regions.tsv: line 2")
        .hasMessageContaining("岸和田市");
    assertThatThrownBy(() -> read("香川\t中讃\tちゅうさん\t丸亀市\tx\t\n"))
        .hasMessageContaining("unknown prefecture");
  }

  @Test
  void aRegionWithoutASourceIsRefused() {
    assertThatThrownBy(() -> read("香川県\t中讃\tちゅうさん\t丸亀市\t\t\n")).hasMessageContaining("source");
  }
}
