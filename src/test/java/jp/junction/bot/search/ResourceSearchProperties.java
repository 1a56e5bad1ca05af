package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import jp.junction.bot.exchange.DataSettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Question understanding and search take whatever people type: no text, however long or strange
 * (Lucene syntax, control characters, surrogates), makes the search fail or return more than asked,
 * and any location or paging is accepted.
 */
class ResourceSearchProperties {

  static LuceneResourceSearch search;

  @BeforeContainer
  static void load() {
    search =
        new LuceneResourceSearch(
            new DataSettings(Path.of("src/test/resources/safety-data")), null, Clock.systemUTC());
  }

  @AfterContainer
  static void close() throws Exception {
    search.close();
  }

  @Property(tries = 1000)
  void anyQuestionIsUnderstoodWithoutFailing(
      @ForAll("questions") String text, @ForAll @IntRange(min = 1, max = 10) int limit) {
    SearchResult result = search.search(SearchRequest.ofText(text, limit));

    assertThat(result.hits()).hasSizeLessThanOrEqualTo(limit);
    assertThat(result.total()).isGreaterThanOrEqualTo(result.hits().size());
  }

  @Property(tries = 300)
  void anyLocationAndPageIsAccepted(
      @ForAll("questions") String text,
      @ForAll @DoubleRange(min = -90, max = 90) double latitude,
      @ForAll @DoubleRange(min = -180, max = 180) double longitude,
      @ForAll @IntRange(min = 0, max = 10_000) int offset) {
    SearchResult result = search.search(new SearchRequest(text, latitude, longitude, offset, 10));

    assertThat(result.hits()).hasSizeLessThanOrEqualTo(10);
  }

  @Provide
  Arbitrary<String> questions() {
    Arbitrary<String> lucene =
        Arbitraries.of(
                "AND", "OR", "NOT", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "\\",
                "/", "\"", "+", "-", "&&", "||", "!", "居場所", "高松", "丸亀", "家族会", "以外", "近く", " ",
                "　", "*:*", "name:", "~2", "^10")
            .list()
            .ofMaxSize(30)
            .map(l -> String.join("", l));
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('ぁ', 'ヿ').ofMinLength(4000).ofMaxLength(6000),
        lucene,
        Arbitraries.of("", " ", "\u0000", "\ud800", "👨‍👩‍👧 居場所", "\n\t\r"));
  }
}
