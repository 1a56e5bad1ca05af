package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.search.SearchResult.Resource;
import org.junit.jupiter.api.Test;

/** Reading resources.csv rows into resources. */
class ResourceCsvTests {

  @Test
  void valuesRepeatedAcrossRowsAreKeptOnceWithTheSameContent() {
    String csv =
        "id,name,category,audience,coverage,prefecture,municipality,hours,keywords\n"
            + "a,場所A,ibasho|peer,self,local,香川県,高松市,月〜金 10:00-17:00,若者|居場所\n"
            + "b,場所B,ibasho,self|family,local,香川県,高松市,月〜金 10:00-17:00,居場所\n";
    List<Resource> resources =
        ResourceCsv.convert(
                ExchangeCsv.read(
                    "resources.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    ResourceCsv.REQUIRED))
            .resources();

    Resource a = resources.get(0);
    Resource b = resources.get(1);
    assertThat(b.prefecture()).isEqualTo("香川県").isSameAs(a.prefecture());
    assertThat(b.municipality()).isEqualTo("高松市").isSameAs(a.municipality());
    assertThat(b.hours()).isSameAs(a.hours());
    assertThat(b.keywords().get(0)).isEqualTo("居場所").isSameAs(a.keywords().get(1));
    assertThat(a.categories()).containsExactlyInAnyOrder("ibasho", "peer");
    assertThat(b.audience()).containsExactlyInAnyOrder("self", "family");
    assertThat(a.name()).isEqualTo("場所A");
  }
}
