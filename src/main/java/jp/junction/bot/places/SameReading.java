package jp.junction.bot.places;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses for a kanji name that is no place but reads like one: the same number of kanji as a
 * place's name, at least one of them the same, and the others read (by {@code
 * places/kanji-readings.csv}, from IPADIC) so that the whole reads as the place does: 高末 → 高松
 * (たかまつ), 高先 → 高崎. Voicing is ignored (さき/ざき). Only ever a "did you mean".
 */
final class SameReading {

  static final String FILE = "kanji-readings.csv";
  private static final int MAX_KANJI = 4;

  /** A place's kanji spelling with its reading and what it names. */
  record Target(String spelling, String reading, Object place) {}

  private final Map<Character, List<String>> readings;
  private final Map<String, List<Target>> byCharAtPosition = new HashMap<>();

  /** Places whose name is written in kana (まんのう町, さいたま市), by reading: 満濃町 reads as one. */
  private final Map<String, List<Target>> kanaNamed = new HashMap<>();

  private SameReading(Map<Character, List<String>> readings) {
    this.readings = new HashMap<>(readings);
  }

  static SameReading none() {
    return new SameReading(Map.of());
  }

  static SameReading read(InputStream in) {
    Map<Character, List<String>> readings = new HashMap<>();
    for (DataLines.Row row : DataLines.read(FILE, in, ",", List.of("kanji", "readings"))) {
      if (row.cell(0).length() != 1 || row.cell(1).isEmpty()) {
        throw DataLines.problem(FILE, row, "one kanji and its readings expected");
      }
      List<String> list = new ArrayList<>();
      for (String reading : row.cell(1).split("\\|")) {
        list.add(loose(reading));
      }
      readings.put(row.cell(0).charAt(0), List.copyOf(list));
    }
    return new SameReading(readings);
  }

  /**
   * Adds a place spelling with its hiragana reading: a kanji name of 2 to 4 characters, or a name
   * written (partly) in kana, which kanji of the same reading may stand for.
   */
  void add(String spelling, String reading, Object place) {
    if (!reading.isEmpty() && spelling.chars().anyMatch(c -> c >= 'ぁ' && c <= 'ゖ')) {
      kanaNamed
          .computeIfAbsent(loose(reading), k -> new ArrayList<>())
          .add(new Target(spelling, loose(reading), place));
      return;
    }
    if (spelling.length() < 2
        || spelling.length() > MAX_KANJI
        || reading.isEmpty()
        || !spelling.chars().allMatch(c -> isKanji((char) c))) {
      return;
    }
    Target target = new Target(spelling, loose(reading), place);
    for (int i = 0; i < spelling.length(); i++) {
      byCharAtPosition
          .computeIfAbsent(spelling.length() + ":" + i + spelling.charAt(i), k -> new ArrayList<>())
          .add(target);
    }
  }

  /**
   * Adds the readings the place names themselves teach, where the table lacks them: in 大阪 (おおさか) 大
   * reads おお by the table, so 阪 reads さか, and 阪出 reads like 坂出. Learnt only for one kanji of a name
   * whose other kanji all read by the table, as 1 to 3 kana. Call once, after every place is added.
   */
  void learnFromNames() {
    Map<Character, Set<String>> learnt = new HashMap<>();
    Set<Target> seen = new java.util.HashSet<>();
    for (List<Target> targets : byCharAtPosition.values()) {
      for (Target t : targets) {
        if (seen.add(t)) {
          learn(t.spelling(), t.reading(), learnt);
        }
      }
    }
    learnt.forEach(
        (kanji, parts) -> {
          List<String> all = new ArrayList<>(readings.getOrDefault(kanji, List.of()));
          parts.stream().filter(part -> !all.contains(part)).sorted().forEach(all::add);
          readings.put(kanji, List.copyOf(all));
        });
  }

  private void learn(String spelling, String reading, Map<Character, Set<String>> learnt) {
    for (int j = 0; j < spelling.length(); j++) {
      List<String> known = readings.getOrDefault(spelling.charAt(j), List.of());
      String after = spelling.substring(j + 1);
      for (int from : ends(spelling.substring(0, j), reading)) {
        for (int to = from + 1; to <= Math.min(reading.length(), from + 3); to++) {
          String part = reading.substring(from, to);
          if (!known.contains(part) && readsFully(after, 0, reading, to)) {
            learnt.computeIfAbsent(spelling.charAt(j), k -> new java.util.TreeSet<>()).add(part);
          }
        }
      }
    }
  }

  /** Where in {@code reading} the kanji of {@code prefix}, read by the table, can end. */
  private List<Integer> ends(String prefix, String reading) {
    List<Integer> at = List.of(0);
    for (int i = 0; i < prefix.length(); i++) {
      List<Integer> next = new ArrayList<>();
      for (int from : at) {
        for (String option : readings.getOrDefault(prefix.charAt(i), List.of())) {
          if (reading.startsWith(option, from) && !next.contains(from + option.length())) {
            next.add(from + option.length());
          }
        }
      }
      at = next;
    }
    return at;
  }

  /** Places whose name reads like {@code kanji} (which is not itself their spelling). */
  List<Target> guesses(String kanji) {
    if (kanji.length() < 2 || kanji.length() > MAX_KANJI) {
      return List.of();
    }
    Set<Target> candidates = new LinkedHashSet<>();
    for (int i = 0; i < kanji.length(); i++) {
      candidates.addAll(
          byCharAtPosition.getOrDefault(kanji.length() + ":" + i + kanji.charAt(i), List.of()));
    }
    List<Target> out = new ArrayList<>();
    if (!kanaNamed.isEmpty() && kanji.chars().allMatch(c -> readings.containsKey((char) c))) {
      for (List<Target> targets : kanaNamed.values()) {
        if (readsFully(kanji, 0, targets.get(0).reading(), 0)) {
          out.addAll(targets);
        }
      }
    }
    for (Target t : candidates) {
      if (!t.spelling().equals(kanji) && readsAs(kanji, t, 0, 0)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Whether kanji[i..] can be read as the target's reading from {@code at}: a kanji the target has
   * at the same place may stand for any 1 to 4 kana of it, another one must read as its part.
   */
  private boolean readsAs(String kanji, Target target, int i, int at) {
    String reading = target.reading();
    if (i == kanji.length()) {
      return at == reading.length();
    }
    if (kanji.charAt(i) == target.spelling().charAt(i)) {
      for (int end = at + 1; end <= Math.min(reading.length(), at + 4); end++) {
        if (readsAs(kanji, target, i + 1, end)) {
          return true;
        }
      }
      return false;
    }
    for (String option : readings.getOrDefault(kanji.charAt(i), List.of())) {
      if (reading.startsWith(option, at) && readsAs(kanji, target, i + 1, at + option.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether every kanji of kanji[i..] reads, by the table, as its part of reading[at..]. */
  private boolean readsFully(String kanji, int i, String reading, int at) {
    if (i == kanji.length()) {
      return at == reading.length();
    }
    for (String option : readings.getOrDefault(kanji.charAt(i), List.of())) {
      if (reading.startsWith(option, at)
          && readsFully(kanji, i + 1, reading, at + option.length())) {
        return true;
      }
    }
    return false;
  }

  /** A reading without voicing marks (さき and ざき meet). */
  private static String loose(String kana) {
    return Normalizer.normalize(kana, Normalizer.Form.NFD).replaceAll("[\u3099\u309a]", "");
  }

  private static boolean isKanji(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
