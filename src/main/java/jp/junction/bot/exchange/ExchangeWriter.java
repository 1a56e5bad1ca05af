package jp.junction.bot.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table in the exchange format, as CSV (UTF-8 with BOM and CRLF, so that Excel opens it
 * with the Japanese intact) or as an {@code .xlsx} of text cells, streamed row by row. A cell that
 * a spreadsheet would take for a formula ({@code = + - @}, a tab or a carriage return first) is
 * written with a {@code '} before it (OWASP's advice against CSV injection); {@link #unguard} takes
 * it off again when such a file comes back.
 */
public final class ExchangeWriter {

  private static final String BOM = "\uFEFF";

  private ExchangeWriter() {}

  /**
   * The cell as written: with a {@code '} before it when it could start a formula (also when it
   * starts with {@code '} before such a start, so that {@link #unguard} gives it back whole).
   */
  public static String guard(String cell) {
    return risky(cell) ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #guard}: one {@code '} before a risky start is dropped. */
  public static String unguard(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && risky(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  /** Whether the cell, after any {@code '}s, starts as a formula would. */
  private static boolean risky(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    if (i == cell.length()) {
      return false;
    }
    char c = cell.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The table as CSV bytes. */
  public static byte[] csv(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, header);
    rows.forEach(r -> line(out, r));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = guard(cells.get(i));
      if (cell.indexOf(',') >= 0
          || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }

  /** The table as one sheet named {@code sheetName}, header row bold and frozen. */
  public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(sheetName, header, rows, bytes);
    return bytes.toByteArray();
  }

  private static void write(
      String sheetName, List<String> header, List<List<String>> rows, OutputStream out) {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try {
      SXSSFSheet sheet = book.createSheet(sheetName);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      row(sheet.createRow(0), header, bold);
      for (int i = 0; i < rows.size(); i++) {
        row(sheet.createRow(i + 1), rows.get(i), null);
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the export sheet cannot be written", e);
    } finally {
      book.dispose();
      try {
        book.close();
      } catch (IOException e) {
        // the bytes are written; only temporary files were being removed
      }
    }
  }

  private static void row(Row row, List<String> cells, CellStyle style) {
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(guard(cells.get(i)));
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }
}
