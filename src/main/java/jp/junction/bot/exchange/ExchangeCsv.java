package jp.junction.bot.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.vocabulary.Coded;

/**
 * Reads one exchange-format CSV file (header row, UTF-8 with or without BOM, or Shift_JIS/CP932 as
 * Excel saves it). Broken rows are skipped and reported; a missing required column stops loading
 * with an {@link ExchangeFormatException} naming the file and column.
 */
public final class ExchangeCsv {

  private ExchangeCsv() {}

  /** Reads a file, detecting its charset (valid UTF-8, else CP932). */
  public static Table read(Path file, Set<String> requiredColumns) {
    return read(file, requiredColumns, null);
  }

  /** Reads a file in the given charset, or detects it when {@code charset} is null. */
  public static Table read(Path file, Set<String> requiredColumns, Charset charset) {
    try {
      return parse(file.toString(), Files.readAllBytes(file), requiredColumns, charset);
    } catch (IOException e) {
      throw new ExchangeFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads a stream (e.g. a classpath resource) named {@code name} in messages. */
  public static Table read(String name, InputStream in, Set<String> requiredColumns) {
    try (in) {
      return parse(name, in.readAllBytes(), requiredColumns, null);
    } catch (IOException e) {
      throw new ExchangeFormatException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Parses bytes already in memory. */
  public static Table parse(
      String name, byte[] content, Set<String> requiredColumns, Charset charset) {
    String text = Charsets.decode(content, charset);
    List<Problem> problems = new ArrayList<>();
    List<CsvParser.Record> records = new CsvParser(name, text, problems).records();
    return table(name, records, problems, requiredColumns);
  }

  /** The table of records whose first is the header (a spreadsheet's rows, too). */
  static Table table(
      String name,
      List<CsvParser.Record> records,
      List<Problem> problems,
      Set<String> requiredColumns) {
    if (records.isEmpty()) {
      throw new ExchangeFormatException(name + ": empty file, a header row is required");
    }
    List<String> header = records.get(0).cells().stream().map(String::strip).toList();
    for (String column : requiredColumns) {
      if (!header.contains(column)) {
        throw new ExchangeFormatException(
            name + ": line 1: required column '" + column + "' is missing");
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    Columns columns = new Columns(header, Map.copyOf(index));
    List<Row> rows = new ArrayList<>();
    for (CsvParser.Record record : records.subList(1, records.size())) {
      List<String> cells = record.cells();
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() != header.size()) {
        int column = Math.min(cells.size(), header.size()) + 1;
        problems.add(
            new Problem(
                name,
                record.line(),
                column,
                "expected " + header.size() + " columns but found " + cells.size()));
        continue;
      }
      // One small list per row against the table's one column index: with 50,000 rows a map per
      // row made loading need more memory than the search it feeds.
      String[] values = new String[cells.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = cells.get(i).strip();
      }
      rows.add(new Row(name, record.line(), columns, Arrays.asList(values)));
    }
    return new Table(name, header, rows, problems);
  }

  /** The rows that could be read and the problems found. */
  public record Table(String file, List<String> header, List<Row> rows, List<Problem> problems) {
    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /** A table's header: the names in order and where each (first) name is. */
  public record Columns(List<String> names, Map<String, Integer> index) {}

  /**
   * One data row; cells are stripped, an absent optional column reads as empty (a column named
   * twice reads from its first place).
   */
  public record Row(String file, int line, Columns columns, List<String> values) {

    public String get(String column) {
      Integer i = columns.index().get(column);
      return i == null ? "" : values.get(i);
    }

    /** 1-based column number of a header name, or 0 when absent (for problem reports). */
    public int column(String name) {
      return columns.names().indexOf(name) + 1;
    }

    /**
     * The words of a {@code |}-separated cell, in display order; an unknown code is a problem
     * naming the column and the allowed codes (and gives no words).
     */
    public <E extends Enum<E> & Coded> Set<E> codes(
        String column, Class<E> type, List<Problem> problems) {
      try {
        return Coded.parseAll(type, get(column));
      } catch (IllegalArgumentException e) {
        problems.add(problem(column, e.getMessage()));
        return EnumSet.noneOf(type);
      }
    }

    /** A problem about one cell of this row. */
    public Problem problem(String column, String message) {
      return new Problem(file, line, column(column), column + ": " + message);
    }
  }

  /** Something wrong in a file, with where it is (line and column are 1-based). */
  public record Problem(String file, int line, int column, String message) {
    @Override
    public String toString() {
      return file + ": line " + line + ", column " + column + ": " + message;
    }
  }
}
