package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.junction.bot.booklet.Booklets;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.places.Areas;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.PlacesSettings;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.search.SearchResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@WebMvcTest(
    controllers = BookletPagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import({StaffPagesSlice.class, BookletPagesControllerTests.World.class})
class BookletPagesControllerTests extends StaffPageTestBase {

  /** A real booklet over one local place in 高松市; the staff pages' mocked Areas read the form. */
  @TestConfiguration
  static class World {
    @Bean
    Booklets booklets() {
      return BookletPagesControllerTests.booklets();
    }
  }

  @Autowired Booklets booklets;

  @Test
  void anAdministratorDownloadsTheBookletOfATownAsPdf() throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/admin/booklet.pdf")
                    .param("prefecture", "香川")
                    .param("towns", "たかまつ")
                    .param("format", "A6"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (var doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("香川県高松市", "高松ひろば（サンプル）");
    }
  }

  @Test
  void anEditorMayNotPrintBeyondTheirTown() throws Exception {
    actingAs(TAKAMATSU_EDITOR);

    Document page = page(get("/admin/booklet.pdf").param("prefecture", "香川"), 403);

    assertThat(page.select("#problem").text()).contains("香川県");
  }

  @Test
  void theFormStartsWithTheEditorsAreaAndAnUnknownPrefectureIsSaidInJapanese() throws Exception {
    actingAs(TAKAMATSU_EDITOR);
    Document form = page(get("/admin/booklet"), 200);
    assertThat(form.select("#prefecture").val()).isEqualTo("香川県");
    assertThat(form.select("#towns").val()).isEqualTo("高松市");

    Document refused = page(get("/admin/booklet.pdf").param("prefecture", "どこか"), 400);
    assertThat(refused.select("#error").text()).contains("都道府県が分かりませんでした");
  }

  private static Booklets booklets() {
    Gazetteer gazetteer = Gazetteer.fromClasspath();
    DialogContent dialogs =
        new DialogContent(
            new ConversationSettings(Path.of("dialogs"), Duration.ofMinutes(30), "search", "x"));
    SearchResult.Resource place =
        new SearchResult.Resource(
            "t1",
            "高松ひろば（サンプル）",
            null,
            java.util.Set.of(jp.junction.bot.vocabulary.Category.IBASHO),
            java.util.Set.of(),
            "local",
            "香川県",
            "高松市",
            "",
            null,
            null,
            "",
            null,
            "",
            false,
            false,
            false,
            false,
            "",
            "",
            "",
            List.of(),
            null);
    ResourceSearch search =
        new ResourceSearch() {
          @Override
          public SearchResult search(jp.junction.bot.search.SearchRequest request) {
            throw new UnsupportedOperationException();
          }

          @Override
          public List<SearchResult.Resource> resources() {
            return List.of(place);
          }
        };
    return Booklets.of(
        search,
        new Areas(gazetteer, new PlacesSettings(20)),
        gazetteer,
        dialogs,
        "",
        Clock.systemUTC());
  }
}
