package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.exchange.ExchangeFormatException;
import jp.junction.bot.search.SearchResult.Hit;
import jp.junction.bot.search.SearchResult.Widening;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Flag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneResourceSearchTests {

  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), JapanTime.ZONE);

  @TempDir Path dir;
  private LuceneResourceSearch search;

  @BeforeEach
  void load() throws Exception {
    Files.write(dir.resolve("resources.csv"), fixture());
    search = new LuceneResourceSearch(new DataSettings(dir), null, TODAY);
  }

  @AfterEach
  void close() throws Exception {
    search.close();
  }

  private SearchResult ask(String text) {
    return search.search(SearchRequest.ofText(text, 10));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.resource().id()).toList();
  }

  @Test
  void offersNeighbouringTownsWhenAskedNotToMeetLocals() {
    SearchResult result = ask("地元の人に会いたくない、安中以外で居場所ありますか");

    assertThat(ids(result)).doesNotContain("an-ibasho", "an-counter");
    assertThat(ids(result).subList(0, 2)).containsExactlyInAnyOrder("tk-ibasho", "tm-ibasho");
    assertThat(result.widening()).isEqualTo(Widening.NEIGHBOURS);
    assertThat(result.understanding().excludedMunicipality()).isEqualTo("安中市");
  }

  @Test
  void putsTheHomeTownFirstWhenItHasWhatIsAsked() {
    SearchResult result = ask("たかまつ 居場所");

    assertThat(ids(result).get(0)).isEqualTo("ht-ibasho");
    assertThat(result.widening()).isEqualTo(Widening.NONE);
    assertThat(result.understanding().municipality()).isEqualTo("高松市");
  }

  @Test
  void widensHonestlyWhenTheTownHasNothingFitting() {
    SearchResult result = ask("まんのう町 家族会");

    assertThat(ids(result).subList(0, 2)).containsExactlyInAnyOrder("mr-family", "kg-family");
    assertThat(result.widening()).isNotEqualTo(Widening.NONE);
  }

  @Test
  void keepsStatedConditionsAsHardFilters() {
    SearchResult result = ask("女性だけの会 オンライン");

    assertThat(result.hits()).isNotEmpty();
    assertThat(result.hits())
        .allSatisfy(h -> assertThat(h.resource().womenOnly() && h.resource().online()).isTrue());
  }

  @Test
  void neverOffersAnotherPrefecturesServicesOrAnotherTownsCounter() {
    assertThat(ids(ask("和歌山市 家族教室"))).contains("wk-class").doesNotContain("os-class");
    assertThat(ids(ask("富岡 ひきこもり相談"))).doesNotContain("tk-counter", "an-counter");
  }

  @Test
  void aTownTheDataDoesNotServeGetsNationalServicesAsFittingWithSpecialGroupsAfter() {
    SearchResult result = ask("仙台市で当事者会に参加したい");

    assertThat(result.understanding().municipality()).isEqualTo("仙台市");
    assertThat(result.widening()).isEqualTo(Widening.NATIONAL);
    assertThat(ids(result).get(0)).isEqualTo("nt-ibasho");
    assertThat(result.hits().get(0).score()).isGreaterThanOrEqualTo(2.0);
    assertThat(ids(result)).endsWith("nt-women");
  }

  @Test
  void aPrefectureNamedAloneKeepsItsOwnTownsServicesBeforeNationalOnes() {
    SearchResult result = ask("群馬県で居場所");

    assertThat(result.hits().get(0).resource().prefecture()).isEqualTo("群馬県");
    assertThat(ids(result).subList(0, 3))
        .containsExactlyInAnyOrder("an-ibasho", "tk-ibasho", "tm-ibasho");
  }

  @Test
  void givesOnlyNationalServicesWhenNoPlaceIsNamed() {
    SearchResult result = ask("夜でもチャットで相談したい");

    assertThat(result.hits()).isNotEmpty();
    assertThat(result.hits())
        .allSatisfy(h -> assertThat(h.resource().coverage()).isEqualTo("national"));
    assertThat(ids(result).get(0)).isEqualTo("nt-chat");
  }

  @Test
  void ranksByDistanceFromASharedLocation() {
    SearchResult result = search.search(new SearchRequest("近くの居場所", 36.3230, 139.0040, 0, 5));

    Hit first = result.hits().get(0);
    assertThat(first.resource().id()).isEqualTo("tk-ibasho");
    assertThat(first.distanceKm()).isLessThan(1.0);
    assertThat(result.understanding().nearLocation()).isTrue();
  }

  @Test
  void marksEntriesNotCheckedForTwoYearsAsStaleAndRanksThemLower() {
    SearchResult result = ask("高松 居場所");

    assertThat(ids(result).indexOf("ht-old")).isGreaterThan(ids(result).indexOf("ht-ibasho"));
    assertThat(result.hits())
        .filteredOn(h -> h.resource().id().equals("ht-old"))
        .singleElement()
        .satisfies(h -> assertThat(h.stale()).isTrue());
  }

  @Test
  void followsTheAgeAndSchoolRules() {
    List<String> school = ids(ask("中2の娘が不登校です。小平で親の会を探しています"));
    List<String> adult = ids(ask("30代の息子のことで家族会 小平"));

    assertThat(school).contains("kd-school").doesNotContain("kd-adult");
    assertThat(adult).contains("kd-adult").doesNotContain("kd-school");
  }

  @Test
  void refinementWordsAddedToTheQuestionNarrowIt() {
    SearchResult online = ask("高崎 居場所 オンライン");
    SearchResult elsewhere = ask("高崎 居場所 地元以外で");

    assertThat(online.hits()).isNotEmpty();
    assertThat(online.hits()).allSatisfy(h -> assertThat(h.resource().online()).isTrue());
    assertThat(ids(elsewhere)).doesNotContain("tk-ibasho").contains("an-ibasho", "tm-ibasho");
  }

  @Test
  void pagesThroughHits() {
    SearchResult all = search.search(new SearchRequest("高崎 居場所", null, null, 0, 10));
    SearchResult second = search.search(new SearchRequest("高崎 居場所", null, null, 1, 1));

    assertThat(second.total()).isEqualTo(all.total());
    assertThat(ids(second)).containsExactly(ids(all).get(1));
  }

  @Test
  void answersOddInputWithoutFailing() {
    assertThat(ask("").hits()).isNotEmpty();
    assertThat(ask("😀😀 \u0000 \"AND\" OR* (居場所 ~高松^2").hits()).isNotEmpty();
    assertThat(ask("相談".repeat(50_000)).hits()).isNotEmpty();
  }

  @Test
  void reloadSwapsTheDataWhileSearchesKeepWorking() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<SearchResult>> running = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        running.add(pool.submit(() -> ask("高崎 居場所")));
      }
      String more =
          "\nnew-ibasho,高崎 新しい居場所,,ibasho,self,local,群馬県,高崎市,,,,,,,false,false,false,"
              + "false,無料,,新しくできた居場所です。,居場所,2026-11-01\n";
      Files.writeString(
          dir.resolve("resources.csv"),
          more,
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);

      int count = search.reload();

      for (Future<SearchResult> result : running) {
        assertThat(result.get().hits()).isNotEmpty();
      }
      assertThat(count).isEqualTo(19);
      assertThat(ids(ask("高崎 居場所"))).contains("new-ibasho");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void skipsABrokenRowAndReportsWhere() throws Exception {
    Files.writeString(
        dir.resolve("resources.csv"),
        "\nbad,壊れた行,,nosuchkind,self,local,群馬県,高崎市,,,,,,,false,false,false,false,,,,,\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    search.reload();

    assertThat(search.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(21);
              assertThat(p.column()).isEqualTo(4);
            });
  }

  @Test
  void failsFastNamingFileAndColumnWhenARequiredColumnIsMissing() throws Exception {
    Path other = Files.createDirectory(dir.resolve("broken"));
    Files.writeString(
        other.resolve("resources.csv"), "id,name,audience,coverage\nx,y,self,national\n");

    assertThatThrownBy(() -> new LuceneResourceSearch(new DataSettings(other), null, TODAY))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessageContaining("resources.csv")
        .hasMessageContaining("'category'");
  }

  @Test
  void hitsCarryTheConditionsTheResourceMeets() {
    SearchResult.Hit women = ask("女性だけの会 オンライン").hits().get(0);
    SearchResult.Hit family = ask("丸亀 家族会").hits().get(0);

    assertThat(women.flags()).contains(Flag.ANONYMOUS_OK, Flag.ONLINE, Flag.WOMEN_ONLY);
    assertThat(family.flags()).contains(Flag.NO_RESERVATION);
    assertThat(family.resource().audience()).contains(Audience.FAMILY);
  }

  private static byte[] fixture() throws Exception {
    try (InputStream in =
        LuceneResourceSearchTests.class.getResourceAsStream("/search/fixture-resources.csv")) {
      return in.readAllBytes();
    }
  }
}
