package jp.junction.bot.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        values.putIfAbsent(header.get(i), cells.get(i).strip());
      }
      rows.add(new Row(name, record.line(), header, values));
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

  /** One data row; cells are stripped, an absent optional column reads as empty. */
  public record Row(String file, int line, List<String> header, Map<String, String> cells) {
    public Row {
      cells = Map.copyOf(cells);
    }

    public String get(String column) {
      return cells.getOrDefault(column, "");
    }

    /** 1-based column number of a header name, or 0 when absent (for problem reports). */
    public int column(String name) {
      return header.indexOf(name) + 1;
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
