package jp.junction.bot.admin;

import java.util.List;
import java.util.Map;
import jp.junction.bot.exchange.ExchangeFormatException;
import jp.junction.bot.search.LuceneResourceSearch;
import jp.junction.bot.search.ReloadRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff reload {@code resources.csv} after editing it, without a restart. Searches running
 * meanwhile finish on the old data; a file that cannot be loaded, or that would drop more rows than
 * {@link ReloadSettings} allow, leaves the old data in place and answers 422 with the broken rows.
 */
@RestController
@RequestMapping("/admin/api/data")
class DataReloadController {

  private static final Logger log = LoggerFactory.getLogger(DataReloadController.class);

  private final LuceneResourceSearch search;
  private final ReloadSettings limits;

  DataReloadController(LuceneResourceSearch search, ReloadSettings limits) {
    this.search = search;
    this.limits = limits;
  }

  @PostMapping("/reload")
  ResponseEntity<Map<String, Object>> reload() {
    try {
      int resources = search.reload(limits.floor(search.size()));
      List<String> problems = search.problems().stream().map(Object::toString).toList();
      log.info("Resources reloaded: {} searchable, {} rows skipped", resources, problems.size());
      return ResponseEntity.ok(Map.of("resources", resources, "skippedRows", problems));
    } catch (ReloadRefused e) {
      log.warn("Resources not reloaded: {}", e.getMessage());
      return ResponseEntity.unprocessableEntity()
          .body(
              Map.of(
                  "error", e.getMessage(),
                  "resources", search.size(),
                  "wouldBe", e.wouldBe(),
                  "skippedRows", e.problems().stream().map(Object::toString).toList()));
    } catch (ExchangeFormatException e) {
      log.warn("Resources not reloaded: {}", e.getMessage());
      return ResponseEntity.unprocessableEntity()
          .body(Map.of("error", e.getMessage(), "resources", search.size()));
    }
  }
}
