package jp.junction.bot.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records with the physical line each starts on. A record with a stray or unterminated
 * quote is reported (with the column of the offending cell) and dropped.
 */
final class CsvParser {

  record Record(int line, List<String> cells) {}

  private final String name;
  private final String text;
  private final List<ExchangeCsv.Problem> problems;
  private int pos;
  private int line = 1;

  CsvParser(String name, String text, List<ExchangeCsv.Problem> problems) {
    this.name = name;
    this.text = text;
    this.problems = problems;
  }

  List<Record> records() {
    List<Record> records = new ArrayList<>();
    while (pos < text.length()) {
      int start = line;
      List<String> cells = new ArrayList<>();
      String error = null;
      int errorColumn = 0;
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean afterQuote = false;
      boolean endOfRecord = false;
      while (!endOfRecord) {
        if (pos >= text.length()) {
          if (quoted) {
            error = "unterminated quoted cell";
            errorColumn = cells.size() + 1;
          }
          break;
        }
        char c = text.charAt(pos++);
        if (quoted) {
          if (c == '"') {
            if (pos < text.length() && text.charAt(pos) == '"') {
              cell.append('"');
              pos++;
            } else {
              quoted = false;
              afterQuote = true;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append(c);
          }
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
          afterQuote = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
          }
          line++;
          endOfRecord = true;
        } else if (c == '"' && cell.isEmpty() && !afterQuote) {
          quoted = true;
        } else if (c == '"' || afterQuote) {
          if (error == null) {
            error = "stray quote in cell";
            errorColumn = cells.size() + 1;
          }
          cell.append(c);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      if (error != null) {
        problems.add(new ExchangeCsv.Problem(name, start, errorColumn, error));
      } else {
        records.add(new Record(start, cells));
      }
    }
    return records;
  }
}
