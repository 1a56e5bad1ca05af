package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Link;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * 地域ごとの状況 alone (the store mocked, the real gazetteer): every municipality of the prefecture is a
 * row, towns with nothing first, each kind of place counted from the town's public entries, empty
 * cells say なし, the online column counts what the prefecture and the country offer online, and a
 * place open on Saturdays counts as evening or weekend while a weekday afternoon does not.
 */
@WebMvcTest(
    controllers = CoveragePagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import({StaffPagesSlice.class, CoveragePagesControllerTests.Slice.class})
class CoveragePagesControllerTests extends StaffPageTestBase {

  @TestConfiguration
  @Import(CoverageTable.class)
  static class Slice {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    }

    @Bean
    Gazetteer gazetteer() {
      return Gazetteer.fromClasspath();
    }
  }

  @MockitoBean DirectoryStore store;

  @BeforeEach
  void directory() {
    when(store.all())
        .thenReturn(
            List.of(
                entry("t1", "local", "高松市", "毎週火 13:00-17:00", false, Category.IBASHO),
                entry("t2", "local", "高松市", "毎週土 10:00-12:00", false, Category.FAMILY),
                entry("t3", "local", "高松市", "月〜金 9:00-17:00", false, Category.CONSULTATION),
                entry("m1", "local", "丸亀市", "毎月第2水 18:30-20:30", false, Category.PEER),
                entry("k1", "prefecture", "", "月〜金 9:00-17:00", true, Category.CONSULTATION),
                entry("n1", "national", "", "24時間", true, Category.HOTLINE),
                new DirectoryEntry(
                    resource("x1", "local", "坂出市", "", false, Category.IBASHO),
                    DirectoryEntry.Status.DEFUNCT)));
  }

  @Test
  void everyTownOfThePrefectureIsARowWithItsKindsAndEmptyCellsMarked() throws Exception {
    Document page = page(get("/admin/coverage").param("prefecture", "香川県"), 200);

    List<Element> rows = page.select("#coverage-table tbody tr");
    // 8 cities and 9 towns, after the prefecture-wide row.
    assertThat(rows).hasSize(18);
    assertThat(cells(rows.get(0)))
        .as("its own online place and the national one")
        .containsExactly("都道府県全体（どの町からも）", "1件", "なし", "なし", "なし", "なし", "2件", "なし");
    assertThat(cells(row(page, "高松市")))
        .containsExactly("高松市", "1件", "1件", "なし", "1件", "なし", "2件", "1件");
    assertThat(cells(row(page, "丸亀市")))
        .containsExactly("丸亀市", "なし", "なし", "1件", "なし", "なし", "2件", "1件");
    assertThat(cells(row(page, "坂出市")))
        .as("a closed place is not there")
        .containsExactly("坂出市", "なし", "なし", "なし", "なし", "なし", "2件", "なし");
    assertThat(rows.get(rows.size() - 1).select("th").text())
        .as("most kinds last")
        .isEqualTo("高松市");
    assertThat(rows.get(1).select("td.none")).hasSize(6);
    assertThat(page.select("#coverage-summary").text())
        .isEqualTo("香川県の17市区町村のうち、相談窓口・居場所・当事者会・家族会・就労支援のどれもないのは15市区町村です。");
    assertThat(page.select("nav a[aria-current=page]").eachText()).containsExactly("地域ごとの状況");
    assertThat(page.select(".overflow-auto #coverage-table")).as("scrolls in its box").isNotEmpty();
  }

  @Test
  void anUnknownPrefectureIsSaidInJapaneseAndNoTableIsShown() throws Exception {
    Document page = page(get("/admin/coverage").param("prefecture", "香川"), 400);

    assertThat(page.select("#prefecture-error").text()).contains("「香川」という都道府県が見つかりません");
    assertThat(page.select("#prefecture").val()).isEqualTo("香川");
    assertThat(page.select("#coverage-table")).isEmpty();
  }

  private static List<String> cells(Element row) {
    return row.select("th, td").eachText();
  }

  private static Element row(Document page, String town) {
    return page.select("#coverage-table tbody tr").stream()
        .filter(r -> r.select("th").text().equals(town))
        .findFirst()
        .orElseThrow();
  }

  static DirectoryEntry entry(
      String id, String coverage, String town, String hours, boolean online, Category kind) {
    return new DirectoryEntry(
        resource(id, coverage, town, hours, online, kind), DirectoryEntry.Status.ACTIVE);
  }

  static Resource resource(
      String id, String coverage, String town, String hours, boolean online, Category kind) {
    return new Resource(
        id,
        "場所" + id,
        "",
        Set.of(kind),
        Set.of(Audience.SELF),
        coverage,
        coverage.equals("national") ? "" : "香川県",
        town,
        "",
        null,
        null,
        "",
        Link.parse("https://example.jp/" + id),
        hours,
        online,
        true,
        false,
        false,
        "",
        "",
        "",
        List.of(),
        LocalDate.parse("2026-09-01"));
  }
}
