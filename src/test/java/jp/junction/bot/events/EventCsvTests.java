package jp.junction.bot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.junction.bot.places.Areas;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.PlacesSettings;
import org.junit.jupiter.api.Test;

class EventCsvTests {

  static final Path BENCH = Path.of("../shared/bench/events.csv");

  @Test
  void theShippedSampleLoadsAndNamesRealPlaces() {
    List<Event> events = EventCsv.read(Path.of("index-data/events.csv"));
    Areas areas = new Areas(Gazetteer.fromClasspath(), new PlacesSettings(20));

    assertThat(events).hasSize(9);
    assertThat(events)
        .allMatch(
            e -> e.national() || areas.exists(new Areas.Area(e.prefecture(), e.municipality())));
    assertThat(events).allMatch(e -> e.title().contains("サンプル"));
  }

  @Test
  void theBenchmarkEventsLoadIgnoringTheExtraResourceIdColumn() {
    assumeTrue(Files.isRegularFile(BENCH), "../shared/bench/events.csv is not here");

    List<Event> events = EventCsv.read(BENCH);

    assertThat(events).hasSize(45);
    assertThat(events).anyMatch(Event::national);
  }

  @Test
  void aMissingRequiredColumnNamesTheFileAndColumn() throws Exception {
    Path file = Files.createTempFile("events", ".csv");
    Files.writeString(file, "id,title,starts_at,prefecture\ne1,x,2026-12-12T13:30+09:00,香川県\n");

    assertThatThrownBy(() -> EventCsv.read(file))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("audience");
  }

  @Test
  void aBadCellNamesTheLineAndColumn() throws Exception {
    Path file = Files.createTempFile("events", ".csv");
    Files.writeString(
        file,
        "id,title,starts_at,prefecture,audience\n"
            + "e1,x,2026-12-12T13:30+09:00,香川県,self\n"
            + "e2,y,12月12日,香川県,self\n");

    assertThatThrownBy(() -> EventCsv.read(file))
        .hasMessageContaining("line 3")
        .hasMessageContaining("starts_at");
  }

  @Test
  void aRegistrationLinkIsNormalisedAndOneLineWouldRefuseNamesTheLineAndColumn() throws Exception {
    Path good = Files.createTempFile("events", ".csv");
    Files.writeString(
        good,
        "id,title,starts_at,prefecture,audience,registration\n"
            + "e1,x,2026-12-12T13:30+09:00,香川県,self,https://example.jp/申込 フォーム\n"
            + "e2,y,2026-12-12T13:30+09:00,香川県,self,電話で申し込み\n");
    Path bad = Files.createTempFile("events", ".csv");
    Files.writeString(
        bad,
        "id,title,starts_at,prefecture,audience,registration\n"
            + "e1,x,2026-12-12T13:30+09:00,香川県,self,https://example.jp/"
            + "a".repeat(1000)
            + "\n");

    assertThat(EventCsv.read(good))
        .extracting(Event::registration)
        .containsExactly(
            "https://example.jp/%E7%94%B3%E8%BE%BC%20%E3%83%95%E3%82%A9%E3%83%BC%E3%83%A0",
            "電話で申し込み");
    assertThatThrownBy(() -> EventCsv.read(bad))
        .hasMessageContaining("line 2")
        .hasMessageContaining("registration: the link is 1019 characters long");
  }
}
