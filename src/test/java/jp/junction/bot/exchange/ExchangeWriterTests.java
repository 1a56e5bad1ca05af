package jp.junction.bot.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Exports: cells a spreadsheet would run as formulas get a {@code '} (and lose it when read back),
 * the CSV has a BOM for Excel, and both formats read back to the very cells written.
 */
class ExchangeWriterTests {

  private static final List<String> HEADER = List.of("id", "name", "phone", "description");
  private static final List<List<String>> ROWS =
      List.of(
          List.of(
              "r1", "=HYPERLINK(\"https://evil.example\",\"x\")", "+81-87-000-0000", "@SUM(A1)"),
          List.of("r2", "高松の居場所, 家族会", "-", "1行目\n\"2行目\""),
          List.of("r3", "'=already quoted", "087-000-0000", "\tタブ"));

  @Test
  void guardsCellsThatASpreadsheetWouldTakeForAFormula() {
    assertThat(ExchangeWriter.guard("=1+1")).isEqualTo("'=1+1");
    assertThat(ExchangeWriter.guard("+81")).isEqualTo("'+81");
    assertThat(ExchangeWriter.guard("-1")).isEqualTo("'-1");
    assertThat(ExchangeWriter.guard("@x")).isEqualTo("'@x");
    assertThat(ExchangeWriter.guard("\tx")).isEqualTo("'\tx");
    assertThat(ExchangeWriter.guard("\rx")).isEqualTo("'\rx");
    assertThat(ExchangeWriter.guard("高松")).isEqualTo("高松");
    assertThat(ExchangeWriter.unguard("'=1+1")).isEqualTo("=1+1");
    assertThat(ExchangeWriter.unguard("'高松")).isEqualTo("'高松");
    assertThat(ExchangeWriter.guard("'=x")).isEqualTo("''=x");
    assertThat(ExchangeWriter.unguard("''=x")).isEqualTo("'=x");
  }

  @Test
  void writesCsvWithByteOrderMarkAndGuardedCells() {
    String csv = new String(ExchangeWriter.csv(HEADER, ROWS), StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFFid,name,phone,description\r\n");
    assertThat(csv)
        .contains(
            "r1,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",'+81-87-000-0000,'@SUM(A1)");
  }

  @Test
  void csvAndSheetReadBackToTheCellsWritten() {
    for (byte[] file :
        List.of(ExchangeWriter.csv(HEADER, ROWS), ExchangeWriter.xlsx("directory", HEADER, ROWS))) {
      ExchangeCsv.Table table =
          ExchangeUpload.read(
              "export", file, Set.of("id"), new ExchangeUpload.Limits(1_000_000, 10, 10));

      assertThat(table.problems()).isEmpty();
      assertThat(table.header()).isEqualTo(HEADER);
      for (int i = 0; i < ROWS.size(); i++) {
        List<String> read =
            table.rows().get(i).values().stream()
                .map(ExchangeWriter::unguard)
                .map(String::strip)
                .toList();
        // Cells are stripped when read, as every exchange file's are.
        assertThat(read).isEqualTo(ROWS.get(i).stream().map(String::strip).toList());
      }
    }
  }
}
