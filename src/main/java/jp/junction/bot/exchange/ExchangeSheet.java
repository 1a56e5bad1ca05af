package jp.junction.bot.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an {@code .xlsx} as exchange-format records, as a stream of cells (no
 * workbook in memory): row 1 is the header, lines are the sheet's row numbers. A formula cell reads
 * as the value Excel saved with it; nothing is ever evaluated. A file that inflates far more than a
 * spreadsheet does, or whose parts are too large, is refused as broken before it is read.
 */
final class ExchangeSheet {

  static {
    // POI's zip-bomb guards are process-wide; these are stricter than its defaults and still far
    // above what a directory of 60,000 rows needs (about 60 MB of sheet XML).
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
    ZipSecureFile.setMaxTextSize(64L * 1024 * 1024);
    ZipSecureFile.setMaxFileCount(1000);
  }

  /** Whether the bytes are a zip container (what every .xlsx is). */
  static boolean looksLikeXlsx(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  /**
   * The records of the first sheet, or {@link ExchangeUpload.Unreadable} when it cannot be read.
   */
  static List<CsvParser.Record> records(byte[] bytes, int maxRows, int maxColumns) {
    Collector rows = new Collector(maxRows, maxColumns);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new ExchangeUpload.Unreadable(ExchangeUpload.Why.EMPTY, "");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(styles, strings, rows, new IsoDates(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (ExchangeUpload.Unreadable e) {
      throw e;
    } catch (IOException
        | SAXException
        | ParserConfigurationException
        | OpenXML4JException
        | POIXMLException
        | OpenXML4JRuntimeException
        | org.apache.poi.util.RecordFormatException
        | IllegalArgumentException
        | IllegalStateException
        | UnsupportedOperationException e) {
      // Zip bombs, truncated zips, a zip that is no workbook, broken XML: all one answer to staff.
      throw new ExchangeUpload.Unreadable(ExchangeUpload.Why.BROKEN, e.getClass().getSimpleName());
    }
    return rows.records;
  }

  /** Collects each row's cells by column letter; empty cells in between read as empty. */
  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final int maxRows;
    private final int maxColumns;
    private final List<CsvParser.Record> records = new ArrayList<>();
    private String[] cells;
    private int width;

    Collector(int maxRows, int maxColumns) {
      this.maxRows = maxRows;
      this.maxColumns = maxColumns;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new String[8];
      width = 0;
    }

    @Override
    public void endRow(int rowNum) {
      if (width == 0) {
        return;
      }
      // One more than the cap: the header row.
      if (records.size() > maxRows) {
        throw new ExchangeUpload.Unreadable(
            ExchangeUpload.Why.TOO_MANY_ROWS, Integer.toString(maxRows));
      }
      List<String> row = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        row.add(cells[i] == null ? "" : cells[i]);
      }
      records.add(new CsvParser.Record(rowNum + 1, row));
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      if (value == null || value.isEmpty()) {
        return;
      }
      int column = reference == null ? width : new CellReference(reference).getCol();
      if (column >= maxColumns) {
        throw new ExchangeUpload.Unreadable(
            ExchangeUpload.Why.TOO_MANY_COLUMNS, Integer.toString(maxColumns));
      }
      if (column >= cells.length) {
        cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
      }
      cells[column] = booleanCell(value);
      width = Math.max(width, column + 1);
    }
  }

  /** Excel writes a typed {@code true} as the boolean TRUE; the exchange format says true. */
  private static String booleanCell(String value) {
    return switch (value) {
      case "TRUE" -> "true";
      case "FALSE" -> "false";
      default -> value;
    };
  }

  /**
   * Numbers as Excel shows them, except dates: a date Excel made of a typed {@code 2026-04-01}
   * reads as {@code 2026-04-01}, as the exchange format writes it, whatever the cell's format.
   */
  private static final class IsoDates extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        var at = DateUtil.getLocalDateTime(value);
        if (at.toLocalTime().toSecondOfDay() == 0) {
          return at.toLocalDate().toString();
        }
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
