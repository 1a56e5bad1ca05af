package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression guard on search quality: runs the benchmark's dev questions over its corpus with the
 * batch command and scores the run with the benchmark's own scorer. Skips when the benchmark
 * ({@code ../shared/bench}) or python3 is not there.
 */
class SearchQualityTests {

  private static final Path BENCH = Path.of("..", "shared", "bench");
  private static final Pattern SUMMARY =
      Pattern.compile("nDCG@5=([0-9.]+) success@3=([0-9.]+) wrongplace@1=([0-9.]+)");

  @TempDir Path dir;

  /**
   * The dev questions, and the same questions reworded by us (bench/queries-dev-reworded-*.tsv:
   * same intent, so the dev judgments apply) as a guard against tuning to the exact wording.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "../shared/bench/queries-dev.tsv",
        "bench/queries-dev-reworded-1.tsv",
        "bench/queries-dev-reworded-2.tsv",
        "bench/queries-dev-reworded-3.tsv",
        "bench/queries-dev-reworded-4.tsv"
      })
  void devQuestionsMeetTheQualityThresholds(String queries) throws Exception {
    assumeTrue(
        Files.isRegularFile(BENCH.resolve("qrels-dev.txt")),
        "skipped: the search benchmark is not at " + BENCH.toAbsolutePath());
    Path run = dir.resolve("run.tsv");
    try (PrintStream out =
        new PrintStream(Files.newOutputStream(run), true, StandardCharsets.UTF_8)) {
      SearchCommand.search(Map.of("data", BENCH.toString(), "queries", queries, "top", "10"), out);
    }
    String summary = score(run);
    Matcher m = SUMMARY.matcher(summary);
    assertThat(m.find()).as("scorer output: %s", summary).isTrue();

    assertThat(Double.parseDouble(m.group(1))).as("nDCG@5").isGreaterThanOrEqualTo(0.95);
    assertThat(Double.parseDouble(m.group(2))).as("success@3").isGreaterThanOrEqualTo(0.98);
    assertThat(Double.parseDouble(m.group(3))).as("wrongplace@1").isLessThanOrEqualTo(0.02);
  }

  /**
   * The second development set (dev2: not-my-town said every way, supporters, fallbacks, two
   * places), judged by its own criteria. Thresholds hold what issue 13's changes reached with the
   * wider gazetteer's regions, districts and spellings and the second round on question kinds
   * (nDCG@5 0.929, success@3 0.987, wrongplace@1 0.007), so a change that loses it fails; no
   * question may come back empty.
   */
  @Test
  void dev2QuestionsKeepWhatTheyReached() throws Exception {
    Path dev2 = BENCH.resolve("dev2");
    assumeTrue(
        Files.isRegularFile(dev2.resolve("qrels-dev2.txt")),
        "skipped: the search benchmark's dev2 set is not at " + dev2.toAbsolutePath());
    Path run = dir.resolve("run2.tsv");
    try (PrintStream out =
        new PrintStream(Files.newOutputStream(run), true, StandardCharsets.UTF_8)) {
      SearchCommand.search(
          Map.of(
              "data", BENCH.toString(),
              "queries", dev2.resolve("queries-dev2.tsv").toString(),
              "top", "10"),
          out);
    }
    String summary =
        score(
            run,
            dev2.resolve("qrels-dev2.txt"),
            "--criteria",
            dev2.resolve("criteria-dev2.json").toString());
    Matcher m = SUMMARY.matcher(summary);
    assertThat(m.find()).as("scorer output: %s", summary).isTrue();

    assertThat(Double.parseDouble(m.group(1))).as("nDCG@5").isGreaterThanOrEqualTo(0.91);
    assertThat(Double.parseDouble(m.group(2))).as("success@3").isGreaterThanOrEqualTo(0.97);
    assertThat(Double.parseDouble(m.group(3))).as("wrongplace@1").isLessThanOrEqualTo(0.02);
    assertThat(summary).as("no empty answers").contains("zero=0.000");
  }

  private String score(Path run) throws Exception {
    return score(run, BENCH.resolve("qrels-dev.txt"));
  }

  private String score(Path run, Path qrels, String... options) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "python3",
                BENCH.resolve("score.py").toString(),
                run.toString(),
                qrels.toString(),
                "-q"));
    command.addAll(List.of(options));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "skipped: python3 is needed to run the benchmark's scorer");
      throw e;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("scorer output: %s", output).isZero();
    return output;
  }
}
