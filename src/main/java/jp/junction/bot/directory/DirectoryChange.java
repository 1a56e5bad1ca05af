package jp.junction.bot.directory;

import java.time.Instant;
import java.util.List;

/**
 * One change to a directory entry, as its audit log keeps it.
 *
 * @param at when
 * @param by the staff account that made it (or {@code seed} for the first fill from the file)
 * @param action {@code added}, {@code changed}, {@code confirmed} or {@code status}
 * @param fields each changed column (resources.csv's names, and {@code status}) with its old and
 *     new cell
 */
public record DirectoryChange(Instant at, String by, String action, List<Field> fields) {

  public DirectoryChange {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** One column's old and new cell (empty when there was none). */
  public record Field(String name, String before, String after) {}
}
