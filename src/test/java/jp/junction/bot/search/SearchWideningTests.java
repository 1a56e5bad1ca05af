package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.search.SearchResult.Widening;
import jp.junction.bot.system.JapanTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A town with nothing of the kind asked widens to its neighbours, its prefecture's own first, then
 * to the prefecture, then online; on the shared bench data (../shared/bench).
 */
class SearchWideningTests {

  private static final Path BENCH = Path.of("..", "shared", "bench");
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), JapanTime.ZONE);

  private static LuceneResourceSearch search;

  @BeforeAll
  static void load() throws Exception {
    assumeTrue(
        Files.isRegularFile(BENCH.resolve("resources.csv")),
        "skipped: the shared bench data (../shared/bench) is not at " + BENCH.toAbsolutePath());
    search = new LuceneResourceSearch(new DataSettings(BENCH), null, TODAY);
  }

  @AfterAll
  static void close() throws Exception {
    if (search != null) {
      search.close();
    }
  }

  private static SearchResult ask(String text) {
    return search.search(SearchRequest.ofText(text, 10));
  }

  @Test
  void aNeighbourInTheSamePrefectureComesBeforeOneAcrossTheBorder() {
    SearchResult result = ask("武蔵村山に住んでいます。ふらっと寄れる居場所を探しています");

    assertThat(result.widening()).isEqualTo(Widening.NEIGHBOURS);
    assertThat(result.hits().get(0).resource().prefecture()).isEqualTo("東京都");
  }

  @Test
  void aTownWithNoFamilyGroupGetsItsOwnPrefecturesFirstNotAnotherPrefecturesTown() {
    SearchResult result = ask("所沢に住む母です。近くで親の会はありませんか");

    assertThat(result.widening()).isNotEqualTo(Widening.NONE);
    assertThat(result.hits().get(0).resource().prefecture()).isEqualTo("埼玉県");
  }

  @Test
  void aLongStoryWithANightTimeDetailStillGetsTheTownsOwnConsultation() {
    SearchResult result =
        ask(
            "妻のことで相談です。40代で、仕事を辞めてから2年ほど家にいます。夜中にしか台所に来ないので、"
                + "顔を合わせることもほとんどありません。丸亀で、家族が相談できる窓口はありますか。"
                + "本人はまだ行かないと思うので、まず私が話を聞いてもらいたいです。");

    assertThat(result.widening()).isEqualTo(Widening.NONE);
    assertThat(result.hits().get(0).resource().municipality()).isEqualTo("丸亀市");
  }
}
