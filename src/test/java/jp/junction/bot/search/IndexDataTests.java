package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The data shipped in index-data/ loads cleanly and is clearly marked as sample data. */
class IndexDataTests {

  @Test
  void sampleResourcesLoadWithoutProblemsAndAreMarkedAsSamples() {
    ResourceCsv.Loaded loaded = ResourceCsv.read(Path.of("index-data", "resources.csv"), null);

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.resources()).hasSizeBetween(25, 40);
    assertThat(loaded.resources())
        .allSatisfy(
            r -> {
              assertThat(r.name()).startsWith("（サンプル）");
              assertThat(r.url().toString()).startsWith("https://example.jp/");
            });
  }
}
