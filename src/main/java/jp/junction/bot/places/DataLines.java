package jp.junction.bot.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.junction.bot.exchange.ExchangeFormatException;

/**
 * The rows of one of the gazetteer's own generated or curated files (UTF-8, a header row, no
 * quoting, a fixed number of columns; {@code #} starts a comment line). Much lighter than the
 * exchange-format reader for the 77,000 rows of districts.csv, and as strict: a broken row stops
 * loading with the file and line.
 */
final class DataLines {

  /** A data row with its line number, for messages. */
  record Row(int line, List<String> cells) {
    String cell(int i) {
      return cells.get(i);
    }
  }

  private DataLines() {}

  static List<Row> read(String name, InputStream in, String separator, List<String> header) {
    if (in == null) {
      throw new ExchangeFormatException(name + ": not found");
    }
    Pattern split = Pattern.compile(Pattern.quote(separator));
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String first = reader.readLine();
      if (first == null || !List.of(split.split(first, -1)).equals(header)) {
        throw new ExchangeFormatException(name + ": line 1: header must be " + header);
      }
      int line = 1;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] cells = split.split(text, -1);
        if (cells.length != header.size()) {
          throw new ExchangeFormatException(
              name
                  + ": line "
                  + line
                  + ": "
                  + cells.length
                  + " columns, expected "
                  + header.size());
        }
        rows.add(new Row(line, List.of(cells)));
      }
    } catch (IOException e) {
      throw new ExchangeFormatException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return rows;
  }

  static ExchangeFormatException problem(String name, Row row, String message) {
    return new ExchangeFormatException(name + ": line " + row.line() + ": " + message);
  }
}
