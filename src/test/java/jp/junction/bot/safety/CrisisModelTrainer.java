package jp.junction.bot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import jp.junction.bot.conversation.DialogContent;

/**
 * Learns {@code safety/crisis-model.tsv} from the messages the project has labelled by hand: every
 * file in {@code src/test/resources/safety/} (acute = 1; distress, small talk, questions and hard
 * negatives = 0, hard negatives weighed three times), the sentences of {@code crisis_never} (as
 * hard negatives) and the project's own search questions under {@code bench/} (reworded dev
 * questions, own, own2, the webhook benchmark's). Logistic regression over the runs of one to three
 * letters of each folded message, by stochastic gradient descent in a fixed order (seed 1,
 * StrictMath), so the same files always give the same model byte for byte ({@code CrisisModelTests}
 * checks it). Sealed probes ({@code bench/sealed/}) are never read.
 *
 * <p>Run: {@code bash bench/crisis-model.sh} (after changing a labelled file, a spelling or a
 * symbol rewrite of dialogs/crisis.yml, which change what the model reads).
 */
public final class CrisisModelTrainer {

  static final Path LABELLED = Path.of("src/test/resources/safety");
  static final List<Path> QUESTIONS =
      List.of(
          Path.of("bench/queries-dev-reworded-1.tsv"),
          Path.of("bench/queries-dev-reworded-2.tsv"),
          Path.of("bench/queries-dev-reworded-3.tsv"),
          Path.of("bench/queries-dev-reworded-4.tsv"),
          Path.of("bench/own/queries-own.tsv"),
          Path.of("bench/own2/queries-own2.tsv"));
  static final Path WEBHOOK_QUESTIONS = Path.of("bench/questions.txt");
  static final Path OUT = Path.of("src/main/resources", CrisisModel.RESOURCE);

  static final int EPOCHS = 8;
  static final double RATE = 0.3;
  static final double L2 = 3e-3;
  static final double HARD_NEGATIVE_WEIGHT = 3;
  static final double KEEP = 0.005;

  private CrisisModelTrainer() {}

  record Example(long[] features, int label, double weight) {}

  /** One labelled message as the trainer reads it. */
  record Item(String text, int label, double weight) {}

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("--cv")) {
      CrisisModelCrossCheck.run(SafetyDialogs.content());
      return;
    }
    Path out = args.length > 0 ? Path.of(args[0]) : OUT;
    Files.createDirectories(out.getParent());
    Files.writeString(out, train(SafetyDialogs.content()), StandardCharsets.UTF_8);
    System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
  }

  /** The model file the labelled messages give, as text. */
  static String train(DialogContent content) {
    CrisisDetector detector = new CrisisDetector(content, CrisisModel.none());
    return train(examples(items(content), detector), L2);
  }

  /** The model file {@code examples} give with regularisation {@code l2}, as text. */
  static String train(List<Example> examples, double l2) {
    Map<Long, Double> w = new HashMap<>();
    double bias = 0;
    Random random = new Random(1);
    List<Example> order = new ArrayList<>(examples);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        double z = bias;
        for (long f : e.features()) {
          z += w.getOrDefault(f, 0.0);
        }
        double p = 1 / (1 + StrictMath.exp(-Math.max(-30, Math.min(30, z))));
        double g = (p - e.label()) * e.weight();
        for (long f : e.features()) {
          double old = w.getOrDefault(f, 0.0);
          w.put(f, old - RATE * (g + l2 * old));
        }
        bias -= RATE * g;
      }
    }
    Map<String, Double> kept = new TreeMap<>();
    w.forEach(
        (key, value) -> {
          if (Math.abs(value) >= KEEP) {
            kept.put(CrisisModel.escape(CrisisModel.letters(key)), value);
          }
        });
    StringBuilder b = new StringBuilder();
    b.append("# Crisis model: written by CrisisModelTrainer (bash bench/crisis-model.sh) from ")
        .append(examples.size())
        .append(" labelled messages; do not edit by hand.\n");
    b.append("# letters<TAB>weight: the runs of one to three letters of a folded message (^ its")
        .append(" start, $ its end) and what each adds to the log-odds of acute.\n");
    b.append(String.format(Locale.ROOT, "bias\t%.4f\n", bias));
    kept.forEach(
        (k, v) ->
            b.append(k).append('\t').append(String.format(Locale.ROOT, "%.4f", v)).append('\n'));
    return b.toString();
  }

  /** Every labelled message, crisis_never sentence and search question the model learns from. */
  static List<Item> items(DialogContent content) {
    List<Item> out = new ArrayList<>();
    for (Path file : labelledFiles()) {
      for (LabelledMessages.Message m : LabelledMessages.read(file).messages()) {
        out.add(
            new Item(
                m.text(),
                m.label().equals("acute") ? 1 : 0,
                m.hardNegative() ? HARD_NEGATIVE_WEIGHT : 1));
      }
    }
    for (String sentence : content.list(SafetyLists.NEVER)) {
      out.add(new Item(sentence, 0, HARD_NEGATIVE_WEIGHT));
    }
    for (String question : questions()) {
      out.add(new Item(question, 0, 1));
    }
    return out;
  }

  static List<Example> examples(List<Item> items, CrisisDetector detector) {
    List<Example> out = new ArrayList<>();
    for (Item item : items) {
      out.addAll(examples(detector, item.text(), item.label(), item.weight()));
    }
    return out;
  }

  static List<Path> labelledFiles() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(LABELLED, "*.tsv")) {
      dir.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(files);
    return files;
  }

  static List<String> questions() {
    List<String> out = new ArrayList<>();
    try {
      for (Path file : QUESTIONS) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] cols = line.split("\t");
          if (cols.length > 1 && !cols[0].equals("qid") && !cols[1].isBlank()) {
            out.add(cols[1]);
          }
        }
      }
      for (String line : Files.readAllLines(WEBHOOK_QUESTIONS, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * A message as the model reads it: whole up to {@link CrisisModel#WHOLE} letters; a longer one in
   * the model's windows, because that is how it is scored. Every window of an ordinary story is an
   * example of what is not a crisis; of a long crisis story only the windows the patterns find the
   * crisis in are examples of one (the rest of the story is not what makes it acute), or the whole
   * story when the patterns find it in no window.
   */
  static List<Example> examples(CrisisDetector detector, String text, int label, double weight) {
    String folded = detector.folded(text);
    if (folded.length() <= CrisisModel.WHOLE) {
      return List.of(example(folded, 0, folded.length(), label, weight));
    }
    List<Example> out = new ArrayList<>();
    for (int from = 0; from < folded.length(); from += CrisisModel.STRIDE) {
      int to = Math.min(folded.length(), from + CrisisModel.WINDOW);
      if (label == 0 || detector.matchedOnly(folded.substring(from, to)).isPresent()) {
        out.add(example(folded, from, to, label, weight));
      }
      if (to == folded.length()) {
        break;
      }
    }
    return out.isEmpty() ? List.of(example(folded, 0, folded.length(), label, weight)) : out;
  }

  private static Example example(String folded, int from, int to, int label, double weight) {
    long[] features = new long[3 * (to - from + 2)];
    int[] n = {0};
    CrisisModel.features(folded, from, to, k -> features[n[0]++] = k);
    long[] unique = Arrays.stream(features, 0, n[0]).distinct().sorted().toArray();
    return new Example(unique, label, weight);
  }
}
