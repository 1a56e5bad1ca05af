package jp.junction.bot.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Staff's uploads: .xlsx and CSV read into the same table, broken rows reported with line and
 * column, formulas read as their saved value, and hostile or broken files refused whole, saying
 * why.
 */
class ExchangeUploadTests {

  private static final Set<String> REQUIRED = Set.of("id", "name");
  private static final ExchangeUpload.Limits LIMITS =
      new ExchangeUpload.Limits(1024 * 1024, 100, 30);

  @Test
  void readsCp932CsvAsExcelSavesIt() {
    byte[] csv = "id,name\r\nr1,髙松 ひきこもり家族会①\r\n".getBytes(Charset.forName("windows-31j"));

    ExchangeCsv.Table table = ExchangeUpload.read("a.csv", csv, REQUIRED, LIMITS);

    assertThat(table.rows().get(0).get("name")).isEqualTo("髙松 ひきこもり家族会①");
  }

  @Test
  void readsUtf8CsvWithByteOrderMark() {
    byte[] csv = "\uFEFFid,name\nr1,居場所\n".getBytes(StandardCharsets.UTF_8);

    ExchangeCsv.Table table = ExchangeUpload.read("a.csv", csv, REQUIRED, LIMITS);

    assertThat(table.header()).containsExactly("id", "name");
    assertThat(table.rows().get(0).get("id")).isEqualTo("r1");
  }

  @Test
  void reportsBrokenCsvRowsWithLineAndColumn() {
    byte[] csv = "id,name\nr1,a,extra\nr2,\"open\nr3,ok\n".getBytes(StandardCharsets.UTF_8);

    ExchangeCsv.Table table = ExchangeUpload.read("a.csv", csv, REQUIRED, LIMITS);

    assertThat(table.problems())
        .extracting(ExchangeCsv.Problem::line, ExchangeCsv.Problem::column)
        .containsExactlyInAnyOrder(tuple(2, 3), tuple(3, 2));
  }

  @Test
  void readsTheFirstSheetWithSheetRowNumbersAsLines() throws Exception {
    byte[] xlsx =
        workbook(
            sheet -> {
              row(sheet, 0, "id", "name", "lat");
              row(sheet, 1, "r1", "高松の居場所", null);
              sheet.getRow(1).createCell(2).setCellValue(34.3401);
              // row 3 left empty: skipped, and the next row keeps its own number
              row(sheet, 3, "r2", "まるがめ");
            });

    ExchangeCsv.Table table = ExchangeUpload.read("a.xlsx", xlsx, REQUIRED, LIMITS);

    assertThat(table.rows()).extracting(ExchangeCsv.Row::line).containsExactly(2, 4);
    assertThat(table.rows().get(0).get("lat")).isEqualTo("34.3401");
    assertThat(table.rows().get(1).get("lat")).isEmpty();
    assertThat(table.problems()).isEmpty();
  }

  @Test
  void readsAFormulaAsTheValueExcelSavedNeverEvaluatingIt() throws Exception {
    byte[] xlsx =
        workbook(
            sheet -> {
              row(sheet, 0, "id", "name");
              Row r = sheet.createRow(1);
              r.createCell(0).setCellValue("r1");
              var cell = r.createCell(1);
              cell.setCellFormula("1+1");
              cell.setCellValue("保存された値");
            });

    ExchangeCsv.Table table = ExchangeUpload.read("a.xlsx", xlsx, REQUIRED, LIMITS);

    assertThat(table.rows().get(0).get("name")).isEqualTo("保存された値");
  }

  @Test
  void readsDatesAndBooleansAsTheFormatWritesThem() throws Exception {
    byte[] xlsx =
        workbook(
            sheet -> {
              row(sheet, 0, "id", "name", "updated", "online");
              Row r = row(sheet, 1, "r1", "a");
              CellStyle date = sheet.getWorkbook().createCellStyle();
              date.setDataFormat(
                  sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("m/d/yy"));
              var updated = r.createCell(2);
              updated.setCellValue(java.time.LocalDate.parse("2026-04-01"));
              updated.setCellStyle(date);
              r.createCell(3).setCellValue(true);
            });

    ExchangeCsv.Row row = ExchangeUpload.read("a.xlsx", xlsx, REQUIRED, LIMITS).rows().get(0);

    assertThat(row.get("updated")).isEqualTo("2026-04-01");
    assertThat(row.get("online")).isEqualTo("true");
  }

  @Test
  void reportsACellBeyondTheHeaderAsAWrongNumberOfColumns() throws Exception {
    byte[] xlsx =
        workbook(
            sheet -> {
              row(sheet, 0, "id", "name");
              row(sheet, 1, "r1", "a", "beyond");
              row(sheet, 2, "r2", "b");
            });

    ExchangeCsv.Table table = ExchangeUpload.read("a.xlsx", xlsx, REQUIRED, LIMITS);

    assertThat(table.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    assertThat(table.rows()).extracting(r -> r.get("id")).containsExactly("r2");
  }

  @Test
  void refusesAZipBombBeforeReadingIt() throws Exception {
    byte[] xlsx = workbook(sheet -> row(sheet, 0, "id", "name"));
    // The sheet grows to 40 MB of blanks that compress a thousandfold: far past POI's ratio.
    byte[] bomb = withPaddedSheet(xlsx, 40 * 1024 * 1024);
    // The same rewrite with a little padding (under POI's grace size) is an ordinary workbook.
    assertThat(ExchangeUpload.read("ok.xlsx", withPaddedSheet(xlsx, 50_000), REQUIRED, LIMITS))
        .satisfies(t -> assertThat(t.header()).containsExactly("id", "name"));

    assertThatThrownBy(
            () ->
                ExchangeUpload.read(
                    "bomb.xlsx", bomb, REQUIRED, new ExchangeUpload.Limits(10_000_000, 100, 30)))
        .isInstanceOfSatisfying(
            ExchangeUpload.Unreadable.class,
            e -> assertThat(e.why()).isEqualTo(ExchangeUpload.Why.BROKEN));
  }

  @Test
  void refusesATruncatedWorkbookAsBroken() throws Exception {
    byte[] xlsx = workbook(sheet -> row(sheet, 0, "id", "name"));
    byte[] half = Arrays.copyOf(xlsx, xlsx.length / 2);

    assertThatThrownBy(() -> ExchangeUpload.read("half.xlsx", half, REQUIRED, LIMITS))
        .isInstanceOfSatisfying(
            ExchangeUpload.Unreadable.class,
            e -> assertThat(e.why()).isEqualTo(ExchangeUpload.Why.BROKEN));
  }

  @Test
  void refusesAnOldXlsOrAnEncryptedWorkbookAsBrokenNotAsAStrangeCsv() {
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };

    assertThatThrownBy(() -> ExchangeUpload.read("old.xls", ole2, REQUIRED, LIMITS))
        .isInstanceOfSatisfying(
            ExchangeUpload.Unreadable.class,
            e -> assertThat(e.why()).isEqualTo(ExchangeUpload.Why.BROKEN));
  }

  @Test
  void refusesTooManyRowsInASheetAndInACsv() throws Exception {
    ExchangeUpload.Limits two = new ExchangeUpload.Limits(1024 * 1024, 2, 30);
    byte[] xlsx =
        workbook(
            sheet -> {
              row(sheet, 0, "id", "name");
              for (int i = 1; i <= 3; i++) {
                row(sheet, i, "r" + i, "n");
              }
            });
    byte[] csv = "id,name\nr1,a\nr2,b\nr3,c\n".getBytes(StandardCharsets.UTF_8);

    for (byte[] file : List.of(xlsx, csv)) {
      assertThatThrownBy(() -> ExchangeUpload.read("f", file, REQUIRED, two))
          .isInstanceOfSatisfying(
              ExchangeUpload.Unreadable.class,
              e -> assertThat(e.why()).isEqualTo(ExchangeUpload.Why.TOO_MANY_ROWS));
    }
  }

  @Test
  void refusesAFileOverTheSizeAndOneWithoutARequiredColumn() {
    byte[] csv = "id,title\nr1,a\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> ExchangeUpload.read("f", csv, REQUIRED, new ExchangeUpload.Limits(5, 10, 10)))
        .isInstanceOfSatisfying(
            ExchangeUpload.Unreadable.class,
            e -> assertThat(e.why()).isEqualTo(ExchangeUpload.Why.TOO_LARGE));
    assertThatThrownBy(() -> ExchangeUpload.read("f", csv, REQUIRED, LIMITS))
        .isInstanceOfSatisfying(
            ExchangeUpload.Unreadable.class,
            e -> {
              assertThat(e.why()).isEqualTo(ExchangeUpload.Why.MISSING_COLUMN);
              assertThat(e.detail()).isEqualTo("name");
            });
  }

  private interface SheetFill {
    void fill(Sheet sheet);
  }

  private static byte[] workbook(SheetFill fill) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill.fill(book.createSheet("directory"));
      book.write(out);
      return out.toByteArray();
    }
  }

  private static Row row(Sheet sheet, int index, String... cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != null) {
        row.createCell(i).setCellValue(cells[i]);
      }
    }
    return row;
  }

  /** The same workbook with its sheet's XML padded with {@code blanks} spaces before the end. */
  private static byte[] withPaddedSheet(byte[] xlsx, int blanks) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().endsWith("sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int end = xml.lastIndexOf("</worksheet>");
          zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
          byte[] pad = new byte[Math.min(blanks, 1024 * 1024)];
          Arrays.fill(pad, (byte) ' ');
          for (int i = 0; i < blanks / pad.length; i++) {
            zip.write(pad);
          }
          zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(content);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
