package jp.junction.bot.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.junction.bot.exchange.ExchangeCsv;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every distinct hours value in the resources the bot ships with and in the shared bench corpus:
 * which are read, and that what is read is never a schedule that opens nowhere.
 */
class HoursCorpusTests {

  private static final Logger log = LoggerFactory.getLogger(HoursCorpusTests.class);

  /** Values a person would read as regular hours; the rest are rare events or no times at all. */
  static final Set<String> NOT_REGULAR =
      Set.of(
          "年2回（6月・11月）",
          "年3回 土 13:30-15:30",
          "随時",
          "年4回",
          "3か月に1回 日 14:00-16:00",
          "年2クール 水 14:00-16:00",
          "随時（返信は3日以内）",
          "3か月に1回 土 14:00-16:00",
          "年2回（5月・10月）木 13:30-15:30",
          "年6回 土 13:30-16:00");

  @Test
  void everyHoursValueTheBotShipsWithIsRead() throws IOException {
    Counted counted = count(Path.of("index-data/resources.csv"));
    log.info(
        "index-data/resources.csv: {} of {} distinct hours values read",
        counted.read(),
        counted.all());
    assertThat(counted.unread()).isEmpty();
  }

  @Test
  void everyRegularHoursValueOfTheBenchCorpusIsRead() throws IOException {
    Path bench = Path.of("../shared/bench/resources.csv");
    assumeTrue(Files.exists(bench), "../shared/bench/resources.csv is absent: skipped");
    Counted counted = count(bench);
    log.info(
        "../shared/bench/resources.csv: {} of {} distinct hours values read; unread: {}",
        counted.read(),
        counted.all(),
        counted.unread());
    assertThat(counted.unread()).isSubsetOf(NOT_REGULAR);
  }

  record Counted(int all, int read, Set<String> unread) {}

  private static Counted count(Path csv) throws IOException {
    ExchangeCsv.Table table = ExchangeCsv.read(csv, Set.of("hours"));
    Set<String> values =
        table.rows().stream()
            .map(r -> r.get("hours").strip())
            .filter(v -> !v.isEmpty())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> unread = new TreeSet<>();
    for (String value : values) {
      OpeningHours hours = OpeningHours.parse(value);
      if (!hours.isReadable()) {
        unread.add(value);
      } else {
        assertThat(hours.nextOpening(OpeningHoursTests.at("2026-12-01T00:00")))
            .as("%s opens somewhere", value)
            .isPresent();
      }
    }
    return new Counted(values.size(), values.size() - unread.size(), unread);
  }
}
