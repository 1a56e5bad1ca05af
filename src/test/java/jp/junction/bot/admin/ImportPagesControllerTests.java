package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectorySettings;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.exchange.ExchangeWriter;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.ResourceCells;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Link;
import jp.junction.testing.TestRedis;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * 取り込み and 書き出し alone (the store mocked, the previewed files in the test Redis): a preview lists
 * what would be added, changed and retired and every broken row in Japanese with line and column;
 * rows outside an editor's area are errors; the apply token works once and only for the plan
 * previewed; a broken file is a Japanese message, not a 500; and an export imported again changes
 * nothing.
 */
@WebMvcTest(
    controllers = ImportPagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import({StaffPagesSlice.class, ImportPagesControllerTests.Slice.class})
class ImportPagesControllerTests extends StaffPageTestBase {

  @RegisterExtension static final TestRedis REDIS = new TestRedis();

  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry registry) {
    registry.add("junction.staff-import.key-prefix", () -> REDIS.prefix() + "staff-import:");
  }

  @TestConfiguration
  @EnableConfigurationProperties({DirectorySettings.class, ImportSettings.class})
  @Import({DirectoryPage.class, DirectoryImport.class, ImportErrors.class})
  static class Slice {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    }

    @Bean
    PendingImports pendingImports(ImportSettings settings) {
      return new PendingImports(REDIS.template(), settings);
    }
  }

  @MockitoBean DirectoryStore store;
  @MockitoBean Gazetteer gazetteer;

  static final DirectoryEntry TAKAMATSU = entry("t1", "たかまつ居場所", "local", "香川県", "高松市");
  static final DirectoryEntry GUNMA = entry("g1", "=ぐんま家族会", "prefecture", "群馬県", "");

  @BeforeEach
  void directory() {
    when(store.all()).thenReturn(List.of(TAKAMATSU, GUNMA));
    when(store.applyInSteps(anyList(), anyString(), anyInt()))
        .thenAnswer(a -> a.getArgument(0, List.class).size());
  }

  @Test
  void anExportImportedAgainChangesNothing() throws Exception {
    for (String format : List.of("csv", "xlsx")) {
      byte[] exported =
          mvc.perform(get("/admin/directory/export." + format))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();

      Document preview = upload("directory." + format, exported, 200);

      assertThat(preview.select("#count-unchanged").text()).isEqualTo("2件");
      assertThat(preview.select("#count-errors").text()).isEqualTo("0か所");
      assertThat(preview.select("#nothing")).isNotEmpty();
      assertThat(preview.select("#apply-form")).isEmpty();
    }
  }

  @Test
  void aFileOverTheLimitGetsThePageThatSaysTheLimitAndWhatToDo() throws Exception {
    // Where the buffered-body filter sends a browser (303) whose body was over the limit.
    Document sent = page(get("/admin/directory/import/too-large"), 413);
    // Within the body limit but over the file limit: the same words, without the detour.
    Document posted = upload("directory.csv", new byte[30 * 1024 * 1024 + 1], 413);

    for (Document page : List.of(sent, posted)) {
      assertThat(page.select("#too-large h2").text()).isEqualTo("ファイルが大きすぎて、受け取れませんでした");
      assertThat(page.select("#too-large").text())
          .contains("30MBまで、60,000行まで")
          .contains("いくつかのファイルに分ける")
          .contains("「CSV UTF-8（コンマ区切り）」");
      assertThat(page.select("#back-to-import").attr("href")).isEqualTo("/admin/directory/import");
      assertThat(page.select("#upload-form")).as("a file can be chosen again at once").isNotEmpty();
      assertThat(page.select("#preview")).isEmpty();
      assertThat(page.select("nav a[aria-current=page]").eachText()).containsExactly("取り込み");
    }
  }

  @Test
  void theCsvExportHasAByteOrderMarkAndGuardsFormulaLikeCells() throws Exception {
    byte[] csv =
        mvc.perform(get("/admin/directory/export.csv").param("area", "群馬"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);

    assertThat(text).startsWith("\uFEFFid,name,").contains("g1,'=ぐんま家族会,").doesNotContain("t1,");
  }

  @Test
  void aSheetWithThreeBrokenRowsShowsThemInJapaneseAndAppliesTheRestOnce() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(TAKAMATSU, Map.of("hours", "毎週金 13:00-17:00")));
    rows.add(row(GUNMA, Map.of("status", "inactive")));
    rows.add(row(entry("t3", "高松の新しい窓口", "local", "香川県", "高松市"), Map.of()));
    rows.add(row(entry("t4", "b", "local", "香川県", "高松市"), Map.of("category", "cafe")));
    rows.add(row(entry("t5", "c", "local", "香川県", "高松市"), Map.of("lat", "北緯34度")));
    rows.add(row(entry("t6", "d", "local", "香川県", "高松市"), Map.of("updated", "昨日")));

    Document preview = upload("directory.xlsx", sheet(rows), 200);

    assertThat(preview.select("#count-added").text()).isEqualTo("1件");
    assertThat(preview.select("#count-changed").text()).isEqualTo("1件");
    assertThat(preview.select("#count-retired").text()).isEqualTo("1件");
    assertThat(preview.select("#changed td").eachText()).contains("hours");
    assertThat(preview.select("#row-errors tbody tr").eachText())
        .containsExactly(
            "5 D（category） 「cafe」は使えません。次のどれかを「|」で区切って書いてください："
                + "consultation、ibasho、peer、family、employment、hotline、learning、medical、outreach",
            "6 J（lat） 数字ではありません：「北緯34度」",
            "7 W（updated） 日付は 2026-04-01 の形で書いてください（いま：「昨日」）。");
    String token = preview.select("#apply-form input[name=token]").val();

    mvc.perform(post("/admin/directory/import/apply").param("token", token))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/admin/directory/import?applied=3"));
    Document again = page(post("/admin/directory/import/apply").param("token", token), 409);

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<DirectoryEntry>> written = ArgumentCaptor.forClass(List.class);
    verify(store, times(1)).applyInSteps(written.capture(), eq("staff"), eq(500));
    assertThat(written.getValue())
        .extracting(DirectoryEntry::id, DirectoryEntry::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t1", DirectoryEntry.Status.ACTIVE),
            org.assertj.core.groups.Tuple.tuple("g1", DirectoryEntry.Status.INACTIVE),
            org.assertj.core.groups.Tuple.tuple("t3", DirectoryEntry.Status.ACTIVE));
    assertThat(again.select("#file-error").text()).contains("もう反映したか");
  }

  @Test
  void anEditorsRowsOutsideTheirAreaAreRowErrors() throws Exception {
    actingAs(TAKAMATSU_EDITOR);
    List<List<String>> rows =
        List.of(
            row(TAKAMATSU, Map.of("phone", "087-000-0000")),
            row(GUNMA, Map.of("phone", "027-000-0000")));

    Document preview = upload("directory.csv", ExchangeWriter.csv(header(), rows), 200);

    assertThat(preview.select("#count-changed").text()).isEqualTo("1件");
    assertThat(preview.select("#row-errors tbody tr").eachText())
        .containsExactly("3 G（prefecture） この地域の編集権限がありません（群馬県）。");
  }

  @Test
  void aPlanThatNoLongerMatchesTheDirectoryIsShownAgainInsteadOfApplied() throws Exception {
    String token = previewFeeChange();
    DirectoryEntry editedMeanwhile = entry("t1", "たかまつ居場所（改）", "local", "香川県", "高松市");
    when(store.all()).thenReturn(List.of(editedMeanwhile, GUNMA));

    Document again = page(post("/admin/directory/import/apply").param("token", token), 409);

    assertThat(again.select("#plan-changed").text()).contains("もう一度確認してください");
    assertThat(again.select("#changed td").eachText()).contains("name、fee");
    verify(store, never()).applyInSteps(anyList(), anyString(), anyInt());
  }

  @Test
  void aBrokenOrForeignFileIsRefusedInJapanese() throws Exception {
    byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
    assertThat(upload("d.xlsx", broken, 400).select("#file-error").text())
        .contains("ファイルを読めませんでした");
    byte[] other = "氏名,電話\n山田,1\n".getBytes(StandardCharsets.UTF_8);
    assertThat(upload("d.csv", other, 400).select("#file-error").text())
        .contains("1行目に「audience」の列がありません");
    assertThat(upload("d.csv", new byte[0], 400).select("#file-error").text())
        .contains("ファイルを選んでください");
  }

  @Test
  void aPreviewIsAppliedOnlyByTheAccountThatMadeIt() throws Exception {
    String token = previewFeeChange();
    actingAs(TAKAMATSU_EDITOR);

    page(post("/admin/directory/import/apply").param("token", token), 409);

    verify(store, never()).applyInSteps(anyList(), anyString(), anyInt());
  }

  @Test
  void anUnknownTokenAppliesNothing() throws Exception {
    Document page = page(post("/admin/directory/import/apply").param("token", "0".repeat(32)), 409);

    assertThat(page.select("#file-error").text()).contains("期限が切れています");
    verify(store, never()).applyInSteps(anyList(), anyString(), anyInt());
  }

  /** Previews a new fee for たかまつ居場所; returns the apply token. */
  private String previewFeeChange() throws Exception {
    List<List<String>> rows = List.of(row(TAKAMATSU, Map.of("fee", "1回500円")));
    Document preview = upload("d.csv", ExchangeWriter.csv(header(), rows), 200);
    return preview.select("#apply-form input[name=token]").val();
  }

  private Document upload(String name, byte[] content, int status) throws Exception {
    return page(
        multipart("/admin/directory/import")
            .file(new MockMultipartFile("file", name, null, content)),
        status);
  }

  static List<String> header() {
    List<String> header = new ArrayList<>(ResourceCells.COLUMNS);
    header.add("status");
    return header;
  }

  /** The entry's row as an export writes it, with some cells replaced. */
  static List<String> row(DirectoryEntry e, Map<String, String> replaced) {
    Map<String, String> cells = new LinkedHashMap<>(ResourceCells.cells(e.resource()));
    cells.put("status", e.status().code());
    cells.putAll(replaced);
    return List.copyOf(cells.values());
  }

  static byte[] sheet(List<List<String>> rows) {
    return ExchangeWriter.xlsx("directory", header(), rows);
  }

  static DirectoryEntry entry(String id, String name, String coverage, String pref, String town) {
    return new DirectoryEntry(
        new Resource(
            id,
            name,
            "",
            Set.of(Category.IBASHO),
            Set.of(Audience.SELF, Audience.FAMILY),
            coverage,
            pref,
            town,
            "",
            34.34,
            134.04,
            "",
            Link.parse("https://example.jp/" + id),
            "毎週火 13:00-17:00",
            false,
            true,
            false,
            false,
            "無料",
            "",
            "説明, \"引用\" あり",
            List.of("ひきこもり", "居場所"),
            LocalDate.parse("2026-09-01")),
        DirectoryEntry.Status.ACTIVE);
  }
}
