package jp.junction.bot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.exchange.ExchangeUpload;
import jp.junction.bot.exchange.ExchangeWriter;
import jp.junction.bot.places.Areas;
import jp.junction.bot.search.ResourceCells;
import jp.junction.bot.search.SearchResult.Resource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into an {@link ImportPlan} against the directory as it is now: every row
 * goes through resources.csv's checks, then its town must be real, its status known, and the entry
 * (and the one it would overwrite) inside the staff member's area. Rows that pass and differ become
 * the writes; the others are row errors. Nothing is written here.
 */
@Component
class DirectoryImport {

  /** The exchange format's required columns (FORMAT.md). */
  static final Set<String> REQUIRED = Set.of("id", "name", "category", "audience", "coverage");

  /** The optional column an export adds: the entry's HSDS status. */
  static final String STATUS = "status";

  private final DirectoryStore store;
  private final Areas areas;
  private final StaffScope scope;
  private final ImportErrors errors;
  private final ImportSettings settings;

  DirectoryImport(
      DirectoryStore store,
      Areas areas,
      StaffScope scope,
      ImportErrors errors,
      ImportSettings settings) {
    this.store = store;
    this.areas = areas;
    this.scope = scope;
    this.errors = errors;
    this.settings = settings;
  }

  /**
   * What {@code content} would do if {@code who} applied it now.
   *
   * @throws ExchangeUpload.Unreadable when the file cannot be read at all
   */
  ImportPlan plan(String file, byte[] content, Authentication who) {
    ExchangeCsv.Table table =
        ExchangeUpload.read(
            file,
            content,
            REQUIRED,
            new ExchangeUpload.Limits(
                settings.maxSize().toBytes(), settings.maxRows(), settings.maxColumns()));
    Predicate<Areas.Area> mayEdit = scope.covers(who);
    List<ImportPlan.RowError> rowErrors = new ArrayList<>();
    table.problems().forEach(p -> rowErrors.add(errors.ofRow(table, p)));
    List<ExchangeCsv.Row> rows = table.rows();
    List<Map<String, String>> cells = new ArrayList<>(rows.size());
    for (ExchangeCsv.Row row : rows) {
      cells.add(new RowCells(row));
    }
    ResourceCells.Read read = ResourceCells.parse(file, cells);
    boolean[] broken = new boolean[rows.size()];
    for (ExchangeCsv.Problem p : read.problems()) {
      int i = p.line() - 2;
      broken[i] = true;
      rowErrors.add(errors.ofCell(rows.get(i), p));
    }
    Map<String, DirectoryEntry> current = new HashMap<>();
    store.all().forEach(e -> current.put(e.id(), e));
    Builder plan = new Builder();
    Iterator<Resource> passed = read.resources().iterator();
    for (int i = 0; i < rows.size(); i++) {
      if (broken[i]) {
        continue;
      }
      ExchangeCsv.Row row = rows.get(i);
      Resource resource = passed.next();
      DirectoryEntry before = current.get(resource.id());
      ImportPlan.RowError refused = refusal(row, resource, before, mayEdit);
      if (refused != null) {
        rowErrors.add(refused);
        continue;
      }
      String status = ExchangeWriter.unguard(row.get(STATUS));
      DirectoryEntry.Status wanted =
          status.isEmpty()
              ? before == null ? DirectoryEntry.Status.ACTIVE : before.status()
              : DirectoryEntry.Status.find(status).orElseThrow();
      plan.add(row.line(), before, new DirectoryEntry(resource, wanted));
    }
    rowErrors.sort(
        Comparator.comparingInt(ImportPlan.RowError::line)
            .thenComparing(e -> e.column().length())
            .thenComparing(ImportPlan.RowError::column));
    return plan.build(file, rowErrors);
  }

  /** Why a row that passed the format's checks still cannot be taken, or null. */
  private ImportPlan.RowError refusal(
      ExchangeCsv.Row row, Resource r, DirectoryEntry before, Predicate<Areas.Area> mayEdit) {
    String status = ExchangeWriter.unguard(row.get(STATUS));
    if (!status.isEmpty() && DirectoryEntry.Status.find(status).isEmpty()) {
      return errors.at(row, STATUS, "staff.import.error.status", ImportErrors.shown(status));
    }
    Areas.Area area = new Areas.Area(r.prefecture(), r.municipality());
    if (!r.prefecture().isEmpty() && !areas.exists(area)) {
      return errors.at(
          row,
          r.municipality().isEmpty() ? "prefecture" : "municipality",
          "staff.import.error.place",
          ImportErrors.shown(area.label()));
    }
    boolean theirs =
        !mayEdit.test(area)
            || (before != null
                && !mayEdit.test(
                    new Areas.Area(
                        before.resource().prefecture(), before.resource().municipality())));
    if (theirs) {
      String label = area.label().isEmpty() ? errors.national() : area.label();
      return errors.at(row, "prefecture", "staff.import.error.scope", label);
    }
    return null;
  }

  /** The cells an entry is compared by: resources.csv's columns and the status. */
  static Map<String, String> cells(DirectoryEntry entry) {
    Map<String, String> cells = new LinkedHashMap<>(ResourceCells.cells(entry.resource()));
    cells.put(STATUS, entry.status().code());
    return cells;
  }

  /**
   * A row's cells by column name, unguarded, read where they are: a copied map per row made a
   * 50,000-row preview need 75 MB more. The resource checks only look cells up.
   */
  private static final class RowCells extends java.util.AbstractMap<String, String> {
    private final ExchangeCsv.Row row;

    RowCells(ExchangeCsv.Row row) {
      this.row = row;
    }

    @Override
    public String get(Object column) {
      return column instanceof String name ? ExchangeWriter.unguard(row.get(name)) : null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      throw new UnsupportedOperationException("cells are only looked up");
    }
  }

  /** Collects the rows that change something, and the digest of what they change. */
  private static final class Builder {
    private final List<ImportPlan.Line> added = new ArrayList<>();
    private final List<ImportPlan.Line> changed = new ArrayList<>();
    private final List<ImportPlan.Line> retired = new ArrayList<>();
    private final List<DirectoryEntry> writes = new ArrayList<>();
    private final MessageDigest digest = sha256();
    private int unchanged;

    void add(int line, DirectoryEntry before, DirectoryEntry after) {
      Map<String, String> now = cells(after);
      Map<String, String> was = before == null ? Map.of() : cells(before);
      List<String> fields =
          now.keySet().stream()
              .filter(k -> !now.get(k).equals(was.getOrDefault(k, "")))
              // A new entry lists what it says, not its empty or false cells nor its id.
              .filter(k -> before != null || !Set.of("", "false").contains(now.get(k)))
              .filter(k -> before != null || !k.equals("id"))
              .toList();
      if (before != null && fields.isEmpty()) {
        unchanged++;
        return;
      }
      ImportPlan.Line shown =
          new ImportPlan.Line(line, after.id(), after.resource().name(), fields);
      if (before == null) {
        added.add(shown);
      } else if (before.searchable() && !after.searchable()) {
        retired.add(shown);
      } else {
        changed.add(shown);
      }
      writes.add(after);
      feed(after.id());
      feed(was.toString());
      feed(now.toString());
    }

    private void feed(String text) {
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }

    ImportPlan build(String file, List<ImportPlan.RowError> errors) {
      return new ImportPlan(
          file,
          added,
          changed,
          retired,
          unchanged,
          errors,
          writes,
          HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
    }
  }
}
