package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.privacy.StatsSummary;
import jp.junction.bot.privacy.StatsSummary.Count;
import jp.junction.bot.privacy.StatsSummary.Row;
import jp.junction.bot.privacy.StatsSummary.Week;
import jp.junction.bot.saved.ReminderUse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@WebMvcTest(
    controllers = StatsPagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import({StaffPagesSlice.class, StatsPage.class})
class StatsPagesControllerTests extends StaffPageTestBase {

  static final Count SMALL = new Count(true, 0);

  @MockitoBean StatsSummary summary;
  @MockitoBean ReminderUse reminders;
  @MockitoBean LineGateway line;

  @BeforeEach
  void figures() {
    when(reminders.thisMonth()).thenReturn(new ReminderUse.Month(true, 37, 1000));
    when(line.quota()).thenReturn(Optional.of(new LineGateway.Quota(1234, 5000L)));
    LocalDate to = LocalDate.of(2026, 12, 2);
    when(summary.of(anyInt()))
        .thenReturn(
            new StatsSummary.Summary(
                to.minusDays(13),
                to,
                List.of(
                    new Week(to.minusDays(13), to.minusDays(7), SMALL, SMALL, SMALL),
                    new Week(
                        to.minusDays(6), to, new Count(false, 23), new Count(false, 6), SMALL)),
                List.of(
                    new Row("香川県高松市", new Count(false, 17), SMALL),
                    new Row("=HYPERLINK(\"x\")", SMALL, SMALL),
                    new Row("", new Count(false, 6), new Count(false, 6))),
                List.of(
                    new Row("ibasho|family", new Count(false, 12), SMALL),
                    new Row("", new Count(false, 11), new Count(false, 6)))));
  }

  @Test
  void thePageShowsEachTableBesideItsLabelledBarChart() throws Exception {
    Document page = page(get("/admin/stats"), 200);

    for (String id : List.of("weeks", "areas", "kinds")) {
      Element section = page.getElementById("table-" + id);
      Element svg = section.selectFirst("svg[role=img]");
      assertThat(svg).as(id).isNotNull();
      String titleId = svg.attr("aria-labelledby");
      assertThat(svg.getElementById(titleId).tagName()).isEqualTo("title");
      assertThat(svg.select("rect.asked")).hasSize(section.select("tbody tr").size());
      assertThat(section.select("a.csv").attr("href"))
          .isEqualTo("/admin/stats/" + id + ".csv?weeks=12");
    }
    assertThat(page.select("#table-areas tbody tr").first().text()).isEqualTo("香川県高松市 17 5件未満");
    assertThat(page.select("#table-areas tbody tr").last().text()).isEqualTo("地域の指定なし 6 6");
    assertThat(page.select("#table-kinds tbody tr").first().text()).isEqualTo("居場所・家族会 12 5件未満");
    assertThat(page.select("#table-weeks tbody tr").last().text())
        .isEqualTo("11月26日〜12月2日 23 6 5件未満");
    assertThat(page.select("nav a[href=/admin/stats]").text()).isEqualTo("統計");
    assertThat(page.select("nav a[aria-current=page]").eachText()).containsExactly("統計");
    assertThat(page.select("button#nav-toggle[aria-controls=staff-menu]").attr("aria-expanded"))
        .isEqualTo("false");
  }

  @Test
  void thisMonthsMessagesShowLinesCountAgainstThePlanAndTheRemindersAgainstTheirCap()
      throws Exception {
    Document page = page(get("/admin/stats"), 200);

    assertThat(page.select("#month-line td").text()).isEqualTo("1,234通（プランの上限 5,000通）");
    assertThat(page.select("#month-reminders td").text()).startsWith("37件（設定の上限 1,000件。");

    when(line.quota()).thenReturn(Optional.empty());
    when(reminders.thisMonth()).thenReturn(new ReminderUse.Month(false, 0, 1000));
    Document quiet = page(get("/admin/stats"), 200);
    assertThat(quiet.select("#month-line td").text()).startsWith("いまはLINEから数を受け取れません");
    assertThat(quiet.select("#month-reminders td").text()).isEqualTo("リマインドは使っていない設定です");
  }

  @Test
  void aFigureUnderFiveIsAWordAndDrawsNoBar() throws Exception {
    Document page = page(get("/admin/stats"), 200);

    Element smallRow = page.select("#table-weeks tbody tr").first();
    assertThat(smallRow.select("td").eachText()).containsOnly("5件未満");
    Element smallBar = page.select("#table-weeks svg g").first();
    assertThat(smallBar.select("rect").eachAttr("width")).containsOnly("0");
    assertThat(smallBar.select("text.value").eachText()).containsOnly("5件未満");
    // The biggest figure draws the full bar, a smaller one in proportion.
    assertThat(page.select("#table-areas svg rect.asked").eachAttr("width"))
        .containsExactly(
            Integer.toString(StatsPage.BARS),
            "0",
            Long.toString(Math.round(StatsPage.BARS * 6 / 17.0)));
  }

  @Test
  void eachTableDownloadsAsCsvWithAByteOrderMarkAndNoCellASpreadsheetWouldRun() throws Exception {
    byte[] csv =
        mvc.perform(get("/admin/stats/areas.csv").param("weeks", "4"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("text/csv;charset=UTF-8"))
            .andExpect(
                header()
                    .string("Content-Disposition", "attachment; filename=\"stats-areas-4w.csv\""))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8).substring(1))
        .isEqualTo(
            "地域,質問,地元に合う場所がなかった質問\r\n"
                + "香川県高松市,17,5件未満\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",5件未満,5件未満\r\n"
                + "地域の指定なし,6,6\r\n");
  }

  @Test
  void cellsStartingWithAFormulaSignArePlainText() {
    assertThat(List.of("=1+1", "+81", "-3", "@SUM(A1)", "高松", "a,b"))
        .map(StatsCsv::cell)
        .containsExactly("'=1+1", "'+81", "'-3", "'@SUM(A1)", "高松", "\"a,b\"");
  }

  @Test
  void anUnknownTableIsNotFound() throws Exception {
    mvc.perform(get("/admin/stats/people.csv")).andExpect(status().isNotFound());
  }
}
