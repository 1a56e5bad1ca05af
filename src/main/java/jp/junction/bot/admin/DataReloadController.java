package jp.junction.bot.admin;

import java.util.List;
import java.util.Map;
import jp.junction.bot.directory.DirectorySettings;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.exchange.ExchangeFormatException;
import jp.junction.bot.search.LuceneResourceSearch;
import jp.junction.bot.search.ReloadRefused;
import jp.junction.bot.search.ResourceCells;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator loads {@code resources.csv} again without a restart. With the directory store
 * (the default) the file's rows become the store's active entries (others are made inactive, each
 * change in the entry's audit log under the administrator's name) and every instance rebuilds its
 * search from the store; without it, this instance's search reads the file. Searches running
 * meanwhile finish on the old data; a file that cannot be loaded, or that would drop more rows than
 * {@link ReloadSettings} allow, changes nothing and answers 422 with the broken rows.
 */
@RestController
@RequestMapping("/admin/api/data")
class DataReloadController {

  private static final Logger log = LoggerFactory.getLogger(DataReloadController.class);

  private final LuceneResourceSearch search;
  private final ReloadSettings limits;
  private final DirectoryStore store;
  private final DirectorySettings directory;
  private final DataSettings data;

  DataReloadController(
      LuceneResourceSearch search,
      ReloadSettings limits,
      DirectoryStore store,
      DirectorySettings directory,
      DataSettings data) {
    this.search = search;
    this.limits = limits;
    this.store = store;
    this.directory = directory;
    this.data = data;
  }

  @PostMapping("/reload")
  ResponseEntity<Map<String, Object>> reload(
      Authentication who,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean force) {
    try {
      if (directory.enabled()) {
        return reseed(who.getName(), force);
      }
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
    } catch (ExchangeFormatException | DirectoryStore.Refused e) {
      log.warn("Resources not reloaded: {}", e.getMessage());
      return ResponseEntity.unprocessableEntity()
          .body(Map.of("error", e.getMessage(), "resources", search.size()));
    }
  }

  /** The file's rows become the store's active entries, on every instance. */
  private ResponseEntity<Map<String, Object>> reseed(String who, boolean force) {
    if (!java.nio.file.Files.isRegularFile(data.resourcesCsv())) {
      throw new ExchangeFormatException(data.resourcesCsv() + ": file not found");
    }
    ResourceCells.Read read = ResourceCells.read(data.resourcesCsv(), null);
    int atLeast = limits.floor(search.size());
    if (read.resources().size() < atLeast) {
      throw new ReloadRefused(
          data.resourcesCsv(), read.resources().size(), atLeast, read.problems());
    }
    // Entries added or kept on the web are not in the file: a reload would retire them. Say which,
    // and retire them only when asked to (force), so a stale file cannot undo the staff's work.
    java.util.Set<String> inFile =
        read.resources().stream()
            .map(jp.junction.bot.search.SearchResult.Resource::id)
            .collect(java.util.stream.Collectors.toSet());
    List<String> wouldRetire =
        store.all().stream()
            .filter(e -> e.searchable() && !inFile.contains(e.id()))
            .map(jp.junction.bot.directory.DirectoryEntry::id)
            .sorted()
            .toList();
    if (!wouldRetire.isEmpty() && !force) {
      log.warn(
          "Reload by {} refused: {} active entries are not in the file", who, wouldRetire.size());
      return ResponseEntity.status(org.springframework.http.HttpStatus.CONFLICT)
          .body(
              Map.of(
                  "error",
                  wouldRetire.size()
                      + " active entries are not in the file and would become inactive; add them"
                      + " to the file (export them at /admin/directory/import) or repeat with"
                      + " ?force=true",
                  "wouldRetire",
                  wouldRetire.subList(0, Math.min(50, wouldRetire.size())),
                  "resources",
                  search.size()));
    }
    int changed = store.replaceAll(read.resources(), who);
    List<String> problems = read.problems().stream().map(Object::toString).toList();
    log.info(
        "Directory store reloaded from {} by {}: {} entries changed, {} rows skipped",
        data.resourcesCsv(),
        who,
        changed,
        problems.size());
    return ResponseEntity.ok(
        Map.of(
            "resources", read.resources().size(),
            "changed", changed,
            "skippedRows", problems));
  }
}
