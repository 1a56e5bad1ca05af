package jp.junction.bot.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCsvTests {

  private static final Set<String> REQUIRED = Set.of("id", "name");

  @TempDir Path dir;

  @Test
  void readsUtf8WithByteOrderMark() throws Exception {
    Path file = write("\uFEFFid,name\nr1,高松の居場所\n", StandardCharsets.UTF_8);

    ExchangeCsv.Table table = ExchangeCsv.read(file, REQUIRED);

    assertThat(table.header()).containsExactly("id", "name");
    assertThat(table.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("id")).isEqualTo("r1");
              assertThat(row.get("name")).isEqualTo("高松の居場所");
            });
    assertThat(table.problems()).isEmpty();
  }

  @Test
  void detectsShiftJisAsExcelSavesIt() throws Exception {
    Path file = write("id,name\r\nr1,髙松 ひきこもり家族会①\r\n", Charset.forName("windows-31j"));

    ExchangeCsv.Table table = ExchangeCsv.read(file, REQUIRED);

    assertThat(table.rows().get(0).get("name")).isEqualTo("髙松 ひきこもり家族会①");
  }

  @Test
  void takesAnExplicitCharset() throws Exception {
    Path file = write("id,name\nr1,安中\n", Charset.forName("Shift_JIS"));

    ExchangeCsv.Table table = ExchangeCsv.read(file, REQUIRED, Charset.forName("Shift_JIS"));

    assertThat(table.rows().get(0).get("name")).isEqualTo("安中");
  }

  @Test
  void reportsABrokenRowWithLineAndColumnAndSkipsIt() throws Exception {
    Path file = write("id,name,hours\nr1,a,9時\nr2,b\nr3,c,10時\n", StandardCharsets.UTF_8);

    ExchangeCsv.Table table = ExchangeCsv.read(file, REQUIRED);

    assertThat(table.rows()).extracting(row -> row.get("id")).containsExactly("r1", "r3");
    assertThat(table.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(file.toString());
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.column()).isEqualTo(3);
              assertThat(p.toString()).contains("line 3, column 3");
            });
  }

  @Test
  void reportsAStrayQuoteInTheCellWhereItIs() throws Exception {
    Path file = write("id,name\nr1,ab\"c\nr2,ok\n", StandardCharsets.UTF_8);

    ExchangeCsv.Table table = ExchangeCsv.read(file, REQUIRED);

    assertThat(table.rows()).extracting(row -> row.get("id")).containsExactly("r2");
    assertThat(table.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(2))
        .satisfies(p -> assertThat(p.column()).isEqualTo(2));
  }

  @Test
  void countsPhysicalLinesInsideQuotedCells() throws Exception {
    Path file = write("id,name\nr1,\"二行の\n名前, \"\"引用\"\"\"\nr2\n", StandardCharsets.UTF_8);

    ExchangeCsv.Table table = ExchangeCsv.read(file, REQUIRED);

    assertThat(table.rows().get(0).get("name")).isEqualTo("二行の\n名前, \"引用\"");
    assertThat(table.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
  }

  @Test
  void stopsWhenARequiredColumnIsMissing() throws Exception {
    Path file = write("id,title\nr1,x\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ExchangeCsv.read(file, REQUIRED))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("'name'");
  }

  private Path write(String text, Charset charset) throws Exception {
    Path file = dir.resolve("resources.csv");
    Files.write(file, text.getBytes(charset));
    return file;
  }
}
