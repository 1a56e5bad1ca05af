package jp.junction.bot.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.exchange.ExchangeUpload;
import jp.junction.bot.exchange.ExchangeWriter;
import jp.junction.bot.search.ResourceCells;
import jp.junction.bot.system.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * 取り込み and 書き出し: an uploaded {@code .xlsx} or CSV is read and shown as a preview (added, changed
 * with its columns, retired, and every row error in Japanese) before anything is written; 「反映する」
 * applies exactly the previewed plan once, through the store's one path for changes (audit log,
 * every instance's search). The export writes the list's current filter as CSV or {@code .xlsx} in
 * the same format, so an exported file imported again changes nothing.
 */
@Controller
@RequestMapping("/admin/directory")
class ImportPagesController {

  private static final Logger log = LoggerFactory.getLogger(ImportPagesController.class);
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DirectoryImport planner;
  private final PendingImports pending;
  private final DirectoryStore store;
  private final DirectoryPage directory;
  private final StaffScope scope;
  private final ImportErrors errors;
  private final ImportSettings settings;
  private final StaffWords words;
  private final Clock clock;

  ImportPagesController(
      DirectoryImport planner,
      PendingImports pending,
      DirectoryStore store,
      DirectoryPage directory,
      StaffScope scope,
      ImportErrors errors,
      ImportSettings settings,
      StaffWords words,
      Clock clock) {
    this.planner = planner;
    this.pending = pending;
    this.store = store;
    this.directory = directory;
    this.scope = scope;
    this.errors = errors;
    this.settings = settings;
    this.words = words;
    this.clock = clock;
  }

  @GetMapping("/import")
  ModelAndView form(@RequestParam(required = false) Integer applied, Model model) {
    model.addAttribute("applied", applied);
    return page(model, HttpStatus.OK);
  }

  @PostMapping("/import")
  ModelAndView preview(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Authentication who)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return refused(model, words.get("staff.import.error.no-file"));
    }
    if (file.getSize() > settings.maxSize().toBytes()) {
      return tooLarge(model);
    }
    String name = fileName(file.getOriginalFilename());
    byte[] content = file.getBytes();
    ImportPlan plan;
    try {
      plan = planner.plan(name, content, who);
    } catch (ExchangeUpload.Unreadable e) {
      log.info("Directory import refused a file whole: {}", e.getMessage());
      return refused(model, errors.unreadable(e, settings));
    }
    return shown(plan, content, model, who, HttpStatus.OK);
  }

  /**
   * Where the buffered-body filter sends a browser whose file is over the body limit (303, the body
   * never read): the same page, with the limit and what to do instead of a server's error.
   */
  @GetMapping("/import/too-large")
  ModelAndView tooLarge(Model model) {
    model.addAttribute("tooLarge", true);
    return page(model, HttpStatus.PAYLOAD_TOO_LARGE);
  }

  @PostMapping("/import/apply")
  ModelAndView apply(@RequestParam String token, Model model, Authentication who) {
    String name = scope.name(who);
    PendingImports.Pending previewed = pending.take(token, name).orElse(null);
    if (previewed == null) {
      return refused(model, words.get("staff.import.error.token"), HttpStatus.CONFLICT);
    }
    ImportPlan plan = planner.plan(previewed.file(), previewed.content(), who);
    if (!plan.digest().equals(previewed.digest())) {
      model.addAttribute("problemText", words.get("staff.import.changed"));
      return shown(plan, previewed.content(), model, who, HttpStatus.CONFLICT);
    }
    try {
      int written = store.applyInSteps(plan.writes(), name, settings.applyStep());
      log.info("Directory import applied: {} entries written", written);
      return EventPage.seeOther("/admin/directory/import?applied=" + written);
    } catch (DirectoryStore.PartlyApplied e) {
      log.info("Directory import refused by the store: {}", e.getMessage());
      return refused(
          model, words.get("staff.import.error.conflict", e.written()), HttpStatus.CONFLICT);
    }
  }

  @GetMapping("/export.{format:csv|xlsx}")
  ResponseEntity<byte[]> export(
      @org.springframework.web.bind.annotation.PathVariable String format,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String audience,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "false") boolean unchecked,
      @RequestParam(required = false) String q) {
    List<List<String>> rows =
        rows(new DirectoryPage.Filter(area, kind, audience, status, unchecked, q));
    return format.equals("csv")
        ? download(
            ExchangeWriter.csv(header(), rows),
            new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
            format)
        : download(ExchangeWriter.xlsx("directory", header(), rows), XLSX, format);
  }

  private ModelAndView shown(
      ImportPlan plan, byte[] content, Model model, Authentication who, HttpStatus status) {
    model.addAttribute("plan", plan);
    model.addAttribute("shownRows", settings.shownRows());
    if (plan.changesSomething()) {
      model.addAttribute(
          "token", pending.keep(scope.name(who), plan.file(), content, plan.digest()));
    }
    return page(model, status);
  }

  private ModelAndView refused(Model model, String message) {
    return refused(model, message, HttpStatus.BAD_REQUEST);
  }

  private ModelAndView refused(Model model, String message, HttpStatus status) {
    model.addAttribute("fileError", message);
    return page(model, status);
  }

  private ModelAndView page(Model model, HttpStatus status) {
    model.addAttribute("maxMegabytes", settings.maxSize().toMegabytes());
    model.addAttribute("maxRows", settings.maxRows());
    return new ModelAndView("staff/import", status);
  }

  private static List<String> header() {
    List<String> header = new ArrayList<>(ResourceCells.COLUMNS);
    header.add(DirectoryImport.STATUS);
    return header;
  }

  private List<List<String>> rows(DirectoryPage.Filter filter) {
    List<DirectoryEntry> entries = directory.filtered(filter);
    List<List<String>> rows = new ArrayList<>(entries.size());
    for (DirectoryEntry e : entries) {
      rows.add(List.copyOf(DirectoryImport.cells(e).values()));
    }
    return rows;
  }

  private ResponseEntity<byte[]> download(byte[] body, MediaType type, String extension) {
    String name =
        "directory-"
            + JapanTime.today(clock).format(DateTimeFormatter.BASIC_ISO_DATE)
            + "."
            + extension;
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  /** The file's own name without any folder, for the page and the log; never a path to open. */
  private static String fileName(String original) {
    if (original == null || original.isBlank()) {
      return "upload";
    }
    String name =
        original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    return ImportErrors.shown(name.strip());
  }
}
