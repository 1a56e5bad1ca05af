package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Staff reload resources.csv without a restart; a broken file keeps the data that was there. */
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {"junction.admin.user=tester", "junction.admin.password=secret-for-tests"})
@AutoConfigureMockMvc
class DataReloadTests {

  static final Path DATA = tempData();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, FeatureTestSupport.uniquePrefix(), DATA);
  }

  @Autowired MockMvc mvc;
  @Autowired ResourceSearch search;

  @Test
  void anEditedFileIsSearchableAfterReloadAndABrokenOneChangesNothing() throws Exception {
    List<String> rows = Files.readAllLines(Path.of("index-data/resources.csv"));
    int before = rows.size() - 1;
    String added = rows.get(1).replaceFirst("^[^,]+,[^,]+,", "reload-001,（サンプル）追加した居場所 あおぞら,");
    Files.writeString(
        DATA.resolve("resources.csv"),
        String.join("\n", rows) + "\n" + added + "\n",
        StandardCharsets.UTF_8);

    mvc.perform(post("/admin/api/data/reload").with(httpBasic("tester", "secret-for-tests")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.resources").value(before + 1));
    assertThat(names("居場所 高松")).contains("（サンプル）追加した居場所 あおぞら");

    Files.writeString(DATA.resolve("resources.csv"), "id,name\nx,y\n", StandardCharsets.UTF_8);
    mvc.perform(post("/admin/api/data/reload").with(httpBasic("tester", "secret-for-tests")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.resources").value(before + 1));
    assertThat(names("居場所 高松")).contains("（サンプル）追加した居場所 あおぞら");
  }

  @Test
  void aFileWithoutAnEntryKeptOnTheWebIsRefusedUnlessForcedAndSaysWhich() throws Exception {
    List<String> rows = Files.readAllLines(Path.of("index-data/resources.csv"));
    String kept = rows.get(1).replaceFirst("^[^,]+,[^,]+,", "web-001,（サンプル）ウェブで足した居場所 そよかぜ,");
    Files.writeString(
        DATA.resolve("resources.csv"),
        String.join("\n", rows) + "\n" + kept + "\n",
        StandardCharsets.UTF_8);
    mvc.perform(post("/admin/api/data/reload").with(httpBasic("tester", "secret-for-tests")))
        .andExpect(status().isOk());
    Files.writeString(
        DATA.resolve("resources.csv"), String.join("\n", rows) + "\n", StandardCharsets.UTF_8);

    mvc.perform(post("/admin/api/data/reload").with(httpBasic("tester", "secret-for-tests")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.wouldRetire[0]").value("web-001"));
    assertThat(names("居場所 高松")).contains("（サンプル）ウェブで足した居場所 そよかぜ");

    mvc.perform(
            post("/admin/api/data/reload")
                .param("force", "true")
                .with(httpBasic("tester", "secret-for-tests")))
        .andExpect(status().isOk());
    assertThat(names("居場所 高松")).doesNotContain("（サンプル）ウェブで足した居場所 そよかぜ");
  }

  @Test
  void aStrayQuoteThatWouldSwallowMostRowsIsRefusedAndTheOldDataStays() throws Exception {
    List<String> rows = Files.readAllLines(Path.of("index-data/resources.csv"));
    Files.write(DATA.resolve("resources.csv"), rows, StandardCharsets.UTF_8);
    // forced: another test of this class may have left an entry the shipped file does not have
    mvc.perform(
            post("/admin/api/data/reload")
                .param("force", "true")
                .with(httpBasic("tester", "secret-for-tests")))
        .andExpect(status().isOk());
    int live = rows.size() - 1;
    String last = rows.get(rows.size() - 1).split(",")[1];
    // One opening quote in the third row's name: the rest of the file reads as one field.
    rows.set(3, rows.get(3).replaceFirst(",", ",\""));
    Files.write(DATA.resolve("resources.csv"), rows, StandardCharsets.UTF_8);

    mvc.perform(post("/admin/api/data/reload").with(httpBasic("tester", "secret-for-tests")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.resources").value(live))
        .andExpect(jsonPath("$.wouldBe").value(org.hamcrest.Matchers.lessThan(live / 2)))
        .andExpect(jsonPath("$.skippedRows").isNotEmpty())
        .andExpect(
            jsonPath("$.error").value(org.hamcrest.Matchers.containsString("resources.csv")));
    assertThat(search.search(SearchRequest.ofText(last, 5)).hits())
        .extracting(h -> h.resource().name())
        .contains(last);
  }

  @Test
  void reloadingNeedsTheStaffLogin() throws Exception {
    mvc.perform(post("/admin/api/data/reload")).andExpect(status().isUnauthorized());
  }

  private List<String> names(String text) {
    return search.search(SearchRequest.ofText(text, 50)).hits().stream()
        .map(h -> h.resource().name())
        .toList();
  }

  private static Path tempData() {
    try {
      Path dir = Files.createTempDirectory("junction-reload");
      Files.copy(Path.of("index-data/resources.csv"), dir.resolve("resources.csv"));
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
