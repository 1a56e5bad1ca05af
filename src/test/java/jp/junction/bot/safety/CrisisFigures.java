package jp.junction.bot.safety;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the crisis figures per class for a labelled file (not a test; bench/crisis-figures.sh):
 * the share of each label that gets the crisis answer, and which messages went the wrong way.
 */
public final class CrisisFigures {

  private CrisisFigures() {}

  public static void main(String[] args) {
    CrisisDetector detector = new CrisisDetector(SafetyDialogs.content());
    for (String file : args) {
      LabelledMessages labelled = LabelledMessages.read(Path.of(file));
      System.out.println("== " + file);
      Map<String, int[]> byLabel = new TreeMap<>();
      for (LabelledMessages.Message m : labelled.messages()) {
        String label = m.hardNegative() ? "none (hard negatives)" : m.label();
        int[] counts = byLabel.computeIfAbsent(label, k -> new int[2]);
        boolean crisis = detector.isCrisis(m.text());
        counts[0]++;
        counts[1] += crisis ? 1 : 0;
        boolean wrong = m.label().equals("acute") != crisis;
        if (wrong) {
          System.out.println(
              "   wrong: " + m + (crisis ? "   <- " + detector.explain(m.text()).orElse("?") : ""));
        }
      }
      byLabel.forEach(
          (label, c) ->
              System.out.printf(
                  "   %-22s crisis answer %3d of %3d (%.1f%%)%n",
                  label, c[1], c[0], 100.0 * c[1] / c[0]));
      List<LabelledMessages.Message> others =
          labelled.messages().stream().filter(m -> m.kind().equals("other")).toList();
      long read =
          others.stream()
              .filter(m -> detector.read(m.text()) == CrisisDetector.Reading.SOMEONE_ELSE)
              .count();
      others.stream()
          .filter(m -> detector.read(m.text()) != CrisisDetector.Reading.SOMEONE_ELSE)
          .forEach(m -> System.out.println("   read as the writer's own: " + m));
      System.out.printf("   someone else's crisis read so: %d of %d%n", read, others.size());
    }
  }
}
