package jp.junction.bot.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistics table as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads the
 * Japanese right), CRLF lines, and any cell a spreadsheet would take for a formula (starting with
 * {@code = + - @}, or a tab or carriage return) made plain text with a leading apostrophe.
 */
final class StatsCsv {

  private StatsCsv() {}

  static byte[] of(StatsPage.Table table) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, table.header());
    for (StatsPage.Line l : table.lines()) {
      List<String> cells = new ArrayList<>();
      cells.add(l.label());
      cells.addAll(l.cells());
      line(out, cells);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
