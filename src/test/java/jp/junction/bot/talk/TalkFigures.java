package jp.junction.bot.talk;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.junction.bot.safety.LabelledMessages;

/**
 * Prints the talk figures per class for a labelled file (not a test; bench/talk-figures.sh): how
 * each label is read (distress or story, a small-talk act, or left to the search), and the messages
 * read against their label. Acute messages never reach talk (the crisis screening runs first), so
 * they are left out.
 */
public final class TalkFigures {

  private TalkFigures() {}

  public static void main(String[] args) {
    TalkReader reader = TalkDialogs.READER;
    for (String file : args) {
      System.out.println("== " + file);
      Map<String, int[]> byLabel = new TreeMap<>();
      for (LabelledMessages.Message m : LabelledMessages.read(Path.of(file)).messages()) {
        if (m.label().equals("acute")) {
          continue;
        }
        String label = m.label().equals("none") ? "none/" + m.kind() : m.label();
        Optional<TalkAct> act = reader.read(m.text(), false);
        int[] counts = byLabel.computeIfAbsent(label, k -> new int[3]);
        counts[0]++;
        boolean person =
            act.filter(TalkLabelledMessagesTests.REACHES_A_PERSON::contains).isPresent();
        if (person) {
          counts[1]++;
        } else if (act.isPresent()) {
          counts[2]++;
        }
        boolean right =
            switch (m.label()) {
              case "distress" -> person;
              case "smalltalk" -> act.isPresent() || TalkNodesTests.INTRODUCTION.contains(m.text());
              default -> !m.kind().equals("question") || act.isEmpty();
            };
        if (!right) {
          System.out.println(
              "   against label: " + m + " -> " + act.map(TalkAct::key).orElse("search"));
        }
      }
      byLabel.forEach(
          (label, c) ->
              System.out.printf(
                  "%-16s %3d messages: %3d distress/story answer, %3d small-talk act, %3d search or a dialog trigger%n",
                  label, c[0], c[1], c[2], c[0] - c[1] - c[2]));
    }
  }
}
