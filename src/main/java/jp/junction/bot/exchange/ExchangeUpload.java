package jp.junction.bot.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a file staff uploaded, {@code .xlsx} (its first sheet) or exchange-format CSV (UTF-8 with
 * or without BOM, or CP932), into the same table, within limits: a size, a number of rows and of
 * columns. What cannot be read at all is an {@link Unreadable} saying why, for a message in the
 * staff's words; broken rows are the table's problems, as for the data files.
 */
public final class ExchangeUpload {

  /** Why a file cannot be read at all. */
  public enum Why {
    TOO_LARGE,
    TOO_MANY_ROWS,
    TOO_MANY_COLUMNS,
    BROKEN,
    EMPTY,
    MISSING_COLUMN
  }

  /**
   * A file refused whole.
   *
   * @see #why()
   */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Why why;
    private final String detail;

    Unreadable(Why why, String detail) {
      super(why + (detail.isEmpty() ? "" : ": " + detail));
      this.why = why;
      this.detail = detail;
    }

    public Why why() {
      return why;
    }

    /** The limit passed, the missing column, or the kind of breakage (for the log). */
    public String detail() {
      return detail;
    }
  }

  /** How much an upload may hold. */
  public record Limits(long maxBytes, int maxRows, int maxColumns) {}

  private ExchangeUpload() {}

  /** Whether the bytes are an .xlsx (a zip) rather than text. */
  public static boolean isSpreadsheet(byte[] content) {
    return ExchangeSheet.looksLikeXlsx(content);
  }

  /**
   * The file's header and rows.
   *
   * @throws Unreadable when it is too large, broken, empty, or lacks a required column
   */
  public static ExchangeCsv.Table read(
      String name, byte[] content, Set<String> requiredColumns, Limits limits) {
    if (content.length > limits.maxBytes()) {
      throw new Unreadable(Why.TOO_LARGE, Long.toString(limits.maxBytes()));
    }
    ExchangeCsv.Table table;
    try {
      if (binary(content)) {
        // An old .xls, a password-protected .xlsx (both OLE2), an image...: never a CSV.
        throw new Unreadable(Why.BROKEN, "binary, not a zip");
      }
      if (isSpreadsheet(content)) {
        List<CsvParser.Record> records =
            ExchangeSheet.records(content, limits.maxRows(), limits.maxColumns());
        table = ExchangeCsv.table(name, padded(records), new ArrayList<>(), Set.of());
      } else {
        table = ExchangeCsv.parse(name, content, Set.of(), null);
      }
    } catch (ExchangeFormatException e) {
      throw new Unreadable(Why.EMPTY, "");
    }
    if (table.header().size() > limits.maxColumns()) {
      throw new Unreadable(Why.TOO_MANY_COLUMNS, Integer.toString(limits.maxColumns()));
    }
    if (table.rows().size() + table.problems().size() > limits.maxRows()) {
      throw new Unreadable(Why.TOO_MANY_ROWS, Integer.toString(limits.maxRows()));
    }
    for (String column : requiredColumns.stream().sorted().toList()) {
      if (!table.header().contains(column)) {
        throw new Unreadable(Why.MISSING_COLUMN, column);
      }
    }
    return table;
  }

  /** Whether the bytes hold a NUL before any zip header: text in UTF-8 or CP932 never does. */
  private static boolean binary(byte[] content) {
    if (isSpreadsheet(content)) {
      return false;
    }
    for (int i = 0; i < Math.min(content.length, 8192); i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sheet's rows end at their last filled cell: each is filled up to the header's width, so only
   * a cell beyond the header is a wrong number of columns.
   */
  private static List<CsvParser.Record> padded(List<CsvParser.Record> records) {
    if (records.isEmpty()) {
      return records;
    }
    int width = records.get(0).cells().size();
    List<CsvParser.Record> out = new ArrayList<>(records.size());
    out.add(records.get(0));
    for (CsvParser.Record r : records.subList(1, records.size())) {
      if (r.cells().size() >= width) {
        out.add(r);
      } else {
        List<String> cells = new ArrayList<>(r.cells());
        while (cells.size() < width) {
          cells.add("");
        }
        out.add(new CsvParser.Record(r.line(), cells));
      }
    }
    return out;
  }
}
