package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.junction.bot.directory.DirectoryChange;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectorySettings;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Link;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The directory pages alone: filters narrow the list, a refused form comes back as typed with each
 * problem in Japanese under its field, empty coordinates come from the town, editors cannot change
 * another area's entry (403 saying why), and the 確認待ち list puts the oldest first.
 */
@WebMvcTest(
    controllers = DirectoryPagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import({StaffPagesSlice.class, DirectoryPagesControllerTests.Slice.class})
class DirectoryPagesControllerTests extends StaffPageTestBase {

  @TestConfiguration
  @EnableConfigurationProperties(DirectorySettings.class)
  @Import(DirectoryPage.class)
  static class Slice {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    }
  }

  @MockitoBean DirectoryStore store;
  @MockitoBean Gazetteer gazetteer;

  static final DirectoryEntry TAKAMATSU =
      entry("t1", "たかまつ居場所", "香川県", "高松市", LocalDate.parse("2026-09-01"), Category.IBASHO);
  static final DirectoryEntry MAEBASHI =
      entry("m1", "まえばし家族会", "群馬県", "前橋市", LocalDate.parse("2024-05-01"), Category.FAMILY);
  static final DirectoryEntry OLDER =
      entry("t2", "高松の古い窓口", "香川県", "高松市", LocalDate.parse("2023-01-10"), Category.CONSULTATION);

  @BeforeEach
  void directory() {
    when(store.all()).thenReturn(List.of(TAKAMATSU, MAEBASHI, OLDER));
    for (DirectoryEntry e : List.of(TAKAMATSU, MAEBASHI, OLDER)) {
      when(store.get(e.id())).thenReturn(Optional.of(e));
    }
    when(store.get("new-one")).thenReturn(Optional.empty());
    when(store.history(anyString())).thenReturn(List.of());
    when(gazetteer.municipality(anyString(), anyString())).thenReturn(Optional.empty());
    when(gazetteer.municipality("香川県", "高松市"))
        .thenReturn(
            Optional.of(new Municipality("37201", "香川県", "", "", "高松市", "タカマツシ", 34.34, 134.04)));
  }

  @Test
  void theFiltersAndTheSearchNarrowTheList() throws Exception {
    assertThat(names(page(get("/admin/directory"), 200))).hasSize(3);
    assertThat(names(page(get("/admin/directory").param("area", "高松"), 200)))
        .containsExactly("たかまつ居場所", "高松の古い窓口");
    assertThat(names(page(get("/admin/directory").param("kind", "family"), 200)))
        .containsExactly("まえばし家族会");
    assertThat(names(page(get("/admin/directory").param("unchecked", "true"), 200)))
        .containsExactly("まえばし家族会", "高松の古い窓口");
    assertThat(names(page(get("/admin/directory").param("q", "古い 窓口"), 200)))
        .containsExactly("高松の古い窓口");
    assertThat(names(page(get("/admin/directory").param("status", "DEFUNCT"), 200))).isEmpty();
  }

  @Test
  void aSaveOverAChangeMadeSinceTheFormWasOpenedIsHeldBackAndSaysSoThenASecondSaveGoesThrough()
      throws Exception {
    String opened = page(get("/admin/directory/t1"), 200).select("#opened").val();
    assertThat(opened).isEqualTo(ResourceForm.fingerprint(TAKAMATSU));

    Document held =
        page(form(post("/admin/directory/t1")).param("opened", "0123456789abcdef"), 409);

    assertThat(held.text()).contains("ほかの人が変えました", "まだ保存していません");
    assertThat(held.select("#name").val()).isEqualTo("たかまつ居場所 改");
    assertThat(held.select("#opened").val()).isEqualTo(opened);
    verify(store, never()).save(any(), anyString());

    mvc.perform(form(post("/admin/directory/t1")).param("opened", opened))
        .andExpect(status().isSeeOther());
    verify(store).save(any(), anyString());
  }

  @Test
  void theFingerprintIsTheSameWhateverOrderTheKindsAreIn() {
    DirectoryEntry a =
        entry("x", "名前", "香川県", "高松市", LocalDate.parse("2026-01-01"), Category.IBASHO);
    assertThat(ResourceForm.fingerprint(a)).isEqualTo(ResourceForm.fingerprint(a)).hasSize(16);
    assertThat(ResourceForm.fingerprint(a)).isNotEqualTo(ResourceForm.fingerprint(TAKAMATSU));
  }

  @Test
  void aFormWithAnHttpLinkAndABadPhoneComesBackAsTypedWithJapaneseErrors() throws Exception {
    Document page =
        page(
            form(post("/admin/directory/t1"))
                .param("url", "http://example.jp/たかまつ")
                .param("phone", "087 abc"),
            400);

    assertThat(page.select("#url-error").text()).contains("https://");
    assertThat(page.select("#phone-error").text()).contains("半角の数字");
    assertThat(page.select("#name").val()).isEqualTo("たかまつ居場所 改");
    assertThat(page.select("#url").val()).isEqualTo("http://example.jp/たかまつ");
    verify(store, never()).save(any(), anyString());
  }

  @Test
  void underTheHoursTheFormSaysHowTheBotReadsThemOrThatItShowsThemAsWritten() throws Exception {
    Document read =
        page(
            form(post("/admin/directory/t1"))
                .param("hours", "月〜金 10:00〜17:00 土日祝休み")
                .param("phone", "087 abc"),
            400);
    Document unread =
        page(
            form(post("/admin/directory/t1")).param("hours", "不定期").param("phone", "087 abc"), 400);

    assertThat(read.select("#hours-preview").text())
        .isEqualTo(
            "ボットの読み方：次に開くのは 2026年12月2日(水) 10:00〜17:00、2026年12月3日(木) 10:00〜17:00、"
                + "2026年12月4日(金) 10:00〜17:00");
    assertThat(unread.select("#hours-preview").text()).isEqualTo("読み取れません：そのまま表示します");
  }

  @Test
  void aLocalEntryWithoutItsTownIsRefusedOnTheTownField() throws Exception {
    Document page =
        page(
            post("/admin/directory/t1")
                .param("name", "たかまつ居場所")
                .param("category", "ibasho")
                .param("audience", "self")
                .param("coverage", "local")
                .param("prefecture", "香川県"),
            400);
    assertThat(page.select("#municipality-error").text()).contains("市区町村を書いてください");
  }

  @Test
  void emptyCoordinatesComeFromTheTownAndTheLinkIsKeptPercentEncoded() throws Exception {
    mvc.perform(form(post("/admin/directory/t1")).param("url", "https://example.jp/たかまつ"))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/admin/directory/t1?saved"));
    ArgumentCaptor<Resource> saved = ArgumentCaptor.forClass(Resource.class);
    verify(store).save(saved.capture(), eq("staff"));
    assertThat(saved.getValue().lat()).isEqualTo(34.34);
    assertThat(saved.getValue().lon()).isEqualTo(134.04);
    assertThat(saved.getValue().url().toString())
        .isEqualTo("https://example.jp/%E3%81%9F%E3%81%8B%E3%81%BE%E3%81%A4");
    assertThat(saved.getValue().name()).isEqualTo("たかまつ居場所 改");
  }

  @Test
  void anEditorOfTakamatsuMayNotChangeAMaebashiEntryAndIsToldWhy() throws Exception {
    actingAs(TAKAMATSU_EDITOR);
    Document page = page(post("/admin/directory/m1/confirm"), 403);
    assertThat(page.text()).contains("群馬県前橋市").contains("高松市");
    verify(store, never()).confirm(anyString(), anyString());

    mvc.perform(post("/admin/directory/t1/confirm")).andExpect(status().isSeeOther());
    verify(store).confirm("t1", "takamatsu");
  }

  @Test
  void retiringSetsAStatusInsteadOfDeleting() throws Exception {
    mvc.perform(post("/admin/directory/t1/status").param("status", "TEMPORARILY_CLOSED"))
        .andExpect(status().isSeeOther());
    verify(store).retire("t1", DirectoryEntry.Status.TEMPORARILY_CLOSED, "staff");
  }

  @Test
  void theEntryPageShowsItsChangesWithOldAndNewValues() throws Exception {
    when(store.history("t1"))
        .thenReturn(
            List.of(
                new DirectoryChange(
                    Instant.parse("2026-12-01T01:00:00Z"),
                    "takamatsu",
                    "changed",
                    List.of(
                        new DirectoryChange.Field("hours", "火 13:00-17:00", "火・金 13:00-17:00")))));
    Document page = page(get("/admin/directory/t1"), 200);
    assertThat(page.select("#history").text())
        .contains("takamatsu")
        .contains("内容の変更")
        .contains("火 13:00-17:00")
        .contains("火・金 13:00-17:00");
    assertThat(page.select("#hours").val()).isEqualTo("毎週火 13:00-17:00");
  }

  @Test
  void theReviewListPutsTheOldestFirstWithCountsPerArea() throws Exception {
    Document page = page(get("/admin/directory/review"), 200);
    assertThat(page.select("#review tbody tr td:nth-child(2)").eachText())
        .containsExactly("高松の古い窓口", "まえばし家族会");
    assertThat(page.select("#review-counts li").eachText())
        .containsExactlyInAnyOrder("群馬県：1件", "香川県：1件");
  }

  static List<String> names(Document page) {
    return page.select("#entries tbody tr td:first-child").eachText();
  }

  static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
    return request
        .param("name", "たかまつ居場所 改")
        .param("category", "ibasho")
        .param("audience", "self")
        .param("coverage", "local")
        .param("prefecture", "香川県")
        .param("municipality", "高松市")
        .param("hours", "毎週火 13:00-17:00")
        .param("updated", "2026-09-01");
  }

  static DirectoryEntry entry(
      String id, String name, String pref, String town, LocalDate updated, Category kind) {
    return new DirectoryEntry(
        new Resource(
            id,
            name,
            "",
            Set.of(kind),
            Set.of(Audience.SELF),
            "local",
            pref,
            town,
            "",
            null,
            null,
            "",
            Link.parse("https://example.jp/" + id),
            "毎週火 13:00-17:00",
            false,
            true,
            false,
            false,
            "",
            "",
            "",
            List.of(),
            updated),
        DirectoryEntry.Status.ACTIVE);
  }
}
