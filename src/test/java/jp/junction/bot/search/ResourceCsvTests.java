package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import org.junit.jupiter.api.Test;

/** Reading resources.csv rows into resources. */
class ResourceCsvTests {

  @Test
  void valuesRepeatedAcrossRowsAreKeptOnceWithTheSameContent() {
    String csv =
        "id,name,category,audience,coverage,prefecture,municipality,hours,keywords\n"
            + "a,場所A,ibasho|peer,self,local,香川県,高松市,月〜金 10:00-17:00,若者|居場所\n"
            + "b,場所B,ibasho,self|family,local,香川県,高松市,月〜金 10:00-17:00,居場所\n";
    List<Resource> resources = load(csv).resources();

    Resource a = resources.get(0);
    Resource b = resources.get(1);
    assertThat(b.prefecture()).isEqualTo("香川県").isSameAs(a.prefecture());
    assertThat(b.municipality()).isEqualTo("高松市").isSameAs(a.municipality());
    assertThat(b.hours()).isSameAs(a.hours());
    assertThat(b.keywords().get(0)).isEqualTo("居場所").isSameAs(a.keywords().get(1));
    assertThat(a.categories()).containsExactly(Category.IBASHO, Category.PEER);
    assertThat(b.audience()).containsExactly(Audience.SELF, Audience.FAMILY);
    assertThat(a.name()).isEqualTo("場所A");
  }

  @Test
  void anUnknownCodeIsARowErrorNamingLineColumnAndTheAllowedCodes() {
    String csv =
        "id,name,category,audience,coverage\n"
            + "a,場所A,ibasho|cafe,self,national\n"
            + "b,場所B,ibasho,self|parents,national\n"
            + "c,場所C,,self,national\n"
            + "d,場所D,peer,family,national\n";

    ResourceCsv.Loaded loaded = load(csv);

    assertThat(loaded.resources()).extracting(Resource::id).containsExactly("d");
    assertThat(loaded.problems())
        .extracting(ExchangeCsv.Problem::toString)
        .containsExactly(
            "resources.csv: line 2, column 3: category: 'cafe' is not one of consultation, ibasho,"
                + " peer, family, employment, hotline, learning, medical or outreach",
            "resources.csv: line 3, column 4: audience: 'parents' is not one of self, family or"
                + " supporter",
            "resources.csv: line 4, column 3: category: is empty: write one or more of"
                + " consultation, ibasho, peer, family, employment, hotline, learning, medical or"
                + " outreach");
  }

  @Test
  void aLinkIsNormalisedWhenLoadedAndOneLineWouldRefuseIsARowErrorNamingLineAndColumn() {
    String csv =
        "id,name,category,audience,coverage,url\n"
            + "a,場所A,ibasho,self,national, https://example.jp/相談 窓口 \n"
            + "b,場所B,ibasho,self,national,ftp://example.jp/b\n"
            + "c,場所C,ibasho,self,national,https://example.jp/"
            + "x".repeat(1000)
            + "\n"
            + "d,場所D,ibasho,self,national,\n";

    ResourceCsv.Loaded loaded = load(csv);

    assertThat(loaded.resources()).extracting(Resource::id).containsExactly("a", "d");
    assertThat(loaded.resources().get(0).url())
        .hasToString("https://example.jp/%E7%9B%B8%E8%AB%87%20%E7%AA%93%E5%8F%A3");
    assertThat(loaded.resources().get(1).url()).isNull();
    assertThat(loaded.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "3:6 url: 'ftp://example.jp/b' is not a web link: it must start with https:// or"
                + " http://",
            "4:6 url: the link is 1019 characters long once encoded; LINE opens links of at most"
                + " 1000");
  }

  private static ResourceCsv.Loaded load(String csv) {
    return ResourceCsv.convert(
        ExchangeCsv.read(
            "resources.csv",
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            ResourceCsv.REQUIRED));
  }
}
