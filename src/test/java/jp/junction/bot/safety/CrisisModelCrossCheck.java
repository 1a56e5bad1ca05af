package jp.junction.bot.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.junction.bot.conversation.DialogContent;

/**
 * How the crisis model does on messages it did not learn from ({@code bash bench/crisis-model.sh
 * --cv}): the labelled messages in five folds, each read by a model learnt from the other four, for
 * a few strengths of regularisation. Only what the model alone decides is counted — messages the
 * patterns and frames leave to it (at least {@link CrisisDetector#MODEL_MIN_LETTERS} letters,
 * mostly not Latin). Also the held-out everyday messages of {@code bench/sealed/}, read by a model
 * learnt from everything, as counts only.
 */
final class CrisisModelCrossCheck {

  static final int FOLDS = 5;
  static final double[] STRENGTHS = {1e-5, 1e-3, 3e-3, 1e-2, 3e-2};
  static final double[] THRESHOLDS = {0.9, 0.95, 0.98};
  static final Path EVERYDAY = Path.of("bench/sealed/everyday-heldout.tsv");

  private CrisisModelCrossCheck() {}

  static void run(DialogContent content) {
    CrisisDetector patterns = new CrisisDetector(content, CrisisModel.none());
    List<CrisisModelTrainer.Item> items = CrisisModelTrainer.items(content);
    List<CrisisModelTrainer.Item> everyday =
        Files.exists(EVERYDAY)
            ? LabelledMessages.read(EVERYDAY).messages().stream()
                .map(m -> new CrisisModelTrainer.Item(m.text(), 0, 1))
                .toList()
            : List.of();
    System.out.printf(
        Locale.ROOT,
        "%d messages, %d folds; only messages left to the model are counted (shipped: L2 %.0e,"
            + " from %.2f)%n",
        items.size(),
        FOLDS,
        CrisisModelTrainer.L2,
        CrisisModel.THRESHOLD);
    for (double l2 : STRENGTHS) {
      int[] acute = new int[1 + THRESHOLDS.length];
      int[] other = new int[1 + THRESHOLDS.length];
      for (int fold = 0; fold < FOLDS; fold++) {
        List<CrisisModelTrainer.Item> learn = new ArrayList<>();
        List<CrisisModelTrainer.Item> check = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          (i % FOLDS == fold ? check : learn).add(items.get(i));
        }
        CrisisModel model = learnt(learn, patterns, l2);
        count(check, patterns, model, acute, other);
      }
      int[] daily = new int[1 + THRESHOLDS.length];
      count(everyday, patterns, learnt(items, patterns, l2), new int[1 + THRESHOLDS.length], daily);
      for (int t = 0; t < THRESHOLDS.length; t++) {
        System.out.printf(
            Locale.ROOT,
            "L2 %.0e, from %.2f: acute caught %d of %d left to the model; others alarmed %d of %d;"
                + " held-out everyday alarmed %d of %d%n",
            l2,
            THRESHOLDS[t],
            acute[1 + t],
            acute[0],
            other[1 + t],
            other[0],
            daily[1 + t],
            daily[0]);
      }
    }
  }

  private static CrisisModel learnt(
      List<CrisisModelTrainer.Item> items, CrisisDetector patterns, double l2) {
    String text = CrisisModelTrainer.train(CrisisModelTrainer.examples(items, patterns), l2);
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      return CrisisModel.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void count(
      List<CrisisModelTrainer.Item> items,
      CrisisDetector patterns,
      CrisisModel model,
      int[] acute,
      int[] other) {
    for (CrisisModelTrainer.Item item : items) {
      String folded = patterns.folded(item.text());
      if (!CrisisDetector.modelReads(folded) || patterns.matchedOnly(item.text()).isPresent()) {
        continue;
      }
      int[] counts = item.label() == 1 ? acute : other;
      counts[0]++;
      double score = model.score(folded);
      for (int t = 0; t < THRESHOLDS.length; t++) {
        if (score >= THRESHOLDS[t]) {
          counts[1 + t]++;
        }
      }
    }
  }
}
