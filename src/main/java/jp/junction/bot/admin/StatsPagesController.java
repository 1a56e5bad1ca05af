package jp.junction.bot.admin;

import jp.junction.bot.line.LineGateway;
import jp.junction.bot.privacy.StatsSummary;
import jp.junction.bot.saved.ReminderUse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The statistics page for every signed-in staff member: the anonymous figures of the last weeks as
 * tables and bar charts, each table also as a CSV download. Figures under 5 are words, never
 * numbers; no question's text is shown. Below them, this month's messages: LINE's own count against
 * the plan (pushes and multicasts: notices and reminders), and the reminders booked against their
 * monthly cap.
 */
@Controller
@RequestMapping("/admin")
class StatsPagesController {

  static final int DEFAULT_WEEKS = 12;
  static final MediaType CSV =
      new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final StatsSummary summary;
  private final StatsPage page;
  private final ReminderUse reminders;
  private final ObjectProvider<LineGateway> line;

  StatsPagesController(
      StatsSummary summary,
      StatsPage page,
      ReminderUse reminders,
      ObjectProvider<LineGateway> line) {
    this.summary = summary;
    this.page = page;
    this.reminders = reminders;
    this.line = line;
  }

  @GetMapping("/stats")
  ModelAndView stats(@RequestParam(defaultValue = "" + DEFAULT_WEEKS) int weeks) {
    int w = clamp(weeks);
    ModelAndView view = new ModelAndView("staff/stats", HttpStatus.OK);
    view.addObject("weeks", w);
    view.addObject("weekChoices", java.util.List.of(4, 8, StatsSummary.MAX_WEEKS));
    view.addObject("stats", page.tables(summary.of(w)));
    view.addObject("reminders", reminders.thisMonth());
    LineGateway gateway = line.getIfAvailable();
    view.addObject("quota", gateway == null ? null : gateway.quota().orElse(null));
    return view;
  }

  @GetMapping("/stats/{table}.csv")
  ResponseEntity<byte[]> csv(
      @PathVariable String table, @RequestParam(defaultValue = "" + DEFAULT_WEEKS) int weeks) {
    if (!StatsPage.TABLES.contains(table)) {
      return ResponseEntity.notFound().build();
    }
    StatsPage.Tables all = page.tables(summary.of(clamp(weeks)));
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("stats-" + table + "-" + clamp(weeks) + "w.csv")
                .build()
                .toString())
        .body(StatsCsv.of(page.table(all, table)));
  }

  /**
   * Only the page's own windows (4, 8 or 12 weeks): with any width allowed, the difference between
   * two neighbouring windows would tell a single week's count under 5.
   */
  private static int clamp(int weeks) {
    return weeks <= 4 ? 4 : weeks <= 8 ? 8 : StatsSummary.MAX_WEEKS;
  }
}
