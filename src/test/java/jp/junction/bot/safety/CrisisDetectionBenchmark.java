package jp.junction.bot.safety;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;

/**
 * Detection time per message (a benchmark, not a test; see bench/CRISIS.md): every message of the
 * labelled file, and 6,000-character messages with the crisis words at the end or nowhere. Run with
 * {@code bench/crisis-bench.sh}.
 */
public final class CrisisDetectionBenchmark {

  private static final int WARMUP = 5_000;
  private static final int ROUNDS = 10_000;

  private CrisisDetectionBenchmark() {}

  public static void main(String[] args) {
    DialogContent content =
        new DialogContent(
            new ConversationSettings(
                Path.of("dialogs"), Duration.ofMinutes(30), "search", "search.location"));
    CrisisDetector detector = new CrisisDetector(content);
    List<String> labelled =
        LabelledMessages.read(LabelledMessages.DEV).messages().stream()
            .map(LabelledMessages.Message::text)
            .toList();
    String story =
        LabelledMessages.read(LabelledMessages.DEV).messages().stream()
            .filter(m -> m.kind().equals("story") && m.label().equals("none"))
            .findFirst()
            .orElseThrow()
            .text();
    String longQuiet = (story.repeat(4)).substring(0, 6000);
    String longCrisis = longQuiet.substring(0, 5990) + "もう死にたいです。";
    String longFrame = longQuiet.substring(0, 5985) + "何のために生きてるのかわからない";
    CrisisPatterns patterns = new CrisisPatterns(content, CrisisModel.load());
    CrisisNormalizer normalizer = patterns.normalizer;
    time(
        "normalising only, 6,000 characters",
        m -> !normalizer.views(m).kana().isEmpty(),
        List.of(longQuiet));
    slowest(content, normalizer.views(longQuiet).kana());
    String quietWords = normalizer.views(longQuiet).words();
    time(
        "meaning frames only, 6,000 characters",
        m -> patterns.frames.meaning(m).isPresent(),
        List.of(quietWords));
    report("labelled file (" + labelled.size() + " messages)", detector, labelled);
    report("6,000 characters, no crisis", detector, List.of(longQuiet));
    report("6,000 characters, crisis at the end", detector, List.of(longCrisis));
    report("6,000 characters, frame at the end", detector, List.of(longFrame));
    if (!detector.isCrisis(longFrame)) {
      throw new IllegalStateException("the frame at the end of the story was not found");
    }
  }

  /** The five patterns that take longest over one long message, to show where time goes. */
  private static void slowest(DialogContent content, String kana) {
    record Cost(String pattern, long nanos) {}
    List<Cost> costs = new java.util.ArrayList<>();
    for (CrisisMeaning meaning : CrisisMeaning.values()) {
      for (String entry : content.list(meaning)) {
        java.util.regex.Pattern p =
            java.util.regex.Pattern.compile(CrisisNormalizer.foldLetters(entry, false));
        PatternIndex alone = new PatternIndex(List.of(p));
        long t0 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
          alone.matches(kana);
        }
        costs.add(new Cost(entry, (System.nanoTime() - t0) / 200));
      }
    }
    costs.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
    costs.stream()
        .limit(5)
        .forEach(c -> System.out.printf("  %7.1f µs  %s%n", c.nanos() / 1000.0, c.pattern()));
  }

  private static void report(String name, CrisisDetector detector, List<String> messages) {
    time(name, detector::isCrisis, messages);
  }

  private static void time(String name, Predicate<String> detect, List<String> messages) {
    int n = messages.size();
    boolean sink = false;
    for (int i = 0; i < WARMUP; i++) {
      sink ^= detect.test(messages.get(i % n));
    }
    long[] nanos = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      String m = messages.get(i % n);
      long t0 = System.nanoTime();
      sink ^= detect.test(m);
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-40s median %7.1f µs  p99 %7.1f µs  max %8.1f µs  (%d calls%s)%n",
        name,
        nanos[ROUNDS / 2] / 1000.0,
        nanos[ROUNDS * 99 / 100] / 1000.0,
        nanos[ROUNDS - 1] / 1000.0,
        ROUNDS,
        sink ? "" : " ");
  }
}
