package jp.junction.bot.admin;

import java.util.List;
import jp.junction.bot.directory.DirectoryEntry;

/**
 * What an uploaded file would do to the directory, as the preview shows it: the entries it adds,
 * changes (with the columns) and retires, how many rows change nothing, every row error, the writes
 * themselves, and a digest of them (with the entries as they were) that ties an apply to exactly
 * this preview.
 */
record ImportPlan(
    String file,
    List<Line> added,
    List<Line> changed,
    List<Line> retired,
    int unchanged,
    List<RowError> errors,
    List<DirectoryEntry> writes,
    String digest) {

  ImportPlan {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    retired = List.copyOf(retired);
    errors = List.copyOf(errors);
    writes = List.copyOf(writes);
  }

  /** One row that changes an entry: where it is in the file, the entry, and the columns. */
  record Line(int line, String id, String name, List<String> fields) {}

  /**
   * A row that cannot be taken, with where it is: the file's line, the column's letter as a
   * spreadsheet shows it and its name in the header (both empty when it is the whole row), and the
   * reason in Japanese.
   */
  record RowError(int line, String column, String field, String message) {}

  /** Whether applying would write anything. */
  boolean changesSomething() {
    return !writes.isEmpty();
  }
}
