package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.junction.bot.places.Gazetteer;
import org.junit.jupiter.api.Test;

class SearchAnalyzerTests {

  private static final SearchAnalyzer ANALYZER =
      new SearchAnalyzer(Gazetteer.fromClasspath(), Synonyms.load());

  private static List<String> terms(String text) {
    return ANALYZER.terms(ResourceIndex.TEXT, text);
  }

  @Test
  void readsPlaceNamesAsTheGazetteerDoesInEveryScript() {
    assertThat(terms("安中"))
        .isEqualTo(terms("あんなか"))
        .isEqualTo(terms("アンナカ"))
        .isEqualTo(terms("annaka"));
    assertThat(terms("たかまつ")).isEqualTo(terms("高松")).isEqualTo(terms("Takamatsu"));
    assertThat(terms("まんのう町")).hasSize(1);
  }

  @Test
  void mapsDomainSynonymsToOneWord() {
    assertThat(terms("引きこもり")).isEqualTo(terms("ひきこもり")).isEqualTo(terms("ヒキコモリ"));
    assertThat(terms("親の会")).isEqualTo(terms("家族会"));
    assertThat(terms("フリースペース")).isEqualTo(terms("居場所")).isEqualTo(terms("たまり場"));
  }

  @Test
  void normalisesWidthAndVariantKanji() {
    assertThat(terms("髙松")).isEqualTo(terms("高松"));
    assertThat(terms("ｿｳﾀﾞﾝ")).isEqualTo(terms("ソウダン"));
    assertThat(terms("ＬＩＮＥ")).isEqualTo(terms("line"));
  }
}
