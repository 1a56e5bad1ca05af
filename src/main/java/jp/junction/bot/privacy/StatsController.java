package jp.junction.bot.privacy;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/api/stats?days=30}: the anonymous figures for staff (behind the staff login
 * like all of {@code /admin}). Figures under 5 arrive as "&lt;5"; nothing names a person.
 */
@RestController
class StatsController {

  static final int MAX_DAYS = 366;

  private final AnonymousStats stats;

  StatsController(AnonymousStats stats) {
    this.stats = stats;
  }

  @GetMapping("/admin/api/stats")
  ResponseEntity<?> stats(@RequestParam(defaultValue = "30") int days) {
    if (days < 1 || days > MAX_DAYS) {
      return ResponseEntity.badRequest().body("days: between 1 and " + MAX_DAYS);
    }
    return ResponseEntity.ok(
        new Figures(
            days,
            stats.crisisCountsByDay(days),
            stats.questionsByAreaAndKind(days),
            stats.unansweredQuestions(days)));
  }

  /** What staff see. */
  record Figures(
      int days,
      List<AnonymousStats.DayFigure> crisisAnswersByDay,
      List<AnonymousStats.QuestionFigure> questions,
      List<AnonymousStats.TextFigure> unansweredQuestions) {}
}
