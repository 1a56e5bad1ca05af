package jp.junction.bot.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.conversation.DialogContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meaning frames of {@code dialogs/crisis-meaning.yml} (word classes and frames), checked at
 * startup, and their reading of a normalised message: only the stretches around an anchor word's
 * stem are analysed, so a 6,000-character story costs a few short readings, not one long one.
 */
final class MeaningFrames {

  private static final Logger log = LoggerFactory.getLogger(MeaningFrames.class);

  /** How far around an anchor's stem the analyser reads, in characters (not a frame distance). */
  private static final int BEFORE = 24;

  private static final int AFTER = 40;
  private static final Pattern CLASS = Pattern.compile("^([a-z_]+):(.*)$");
  private static final Pattern FRAME =
      Pattern.compile(
          "^([A-Z_]+):(.+?)(?:\\s+within\\s+(\\d+))?(\\s+any order)?(?:\\s+unless\\s+([a-z_]+))?$");
  private static final Pattern TERM = Pattern.compile("^(\\*)?(「[^」]+」|[a-z_]+)((?:![a-z_]+)*)$");

  /** The kana a verb's stem can end in before its ending, by the dictionary form's last kana. */
  private static final Map<Character, String> ROWS =
      Map.ofEntries(
          Map.entry('う', "わいうえおっ"),
          Map.entry('く', "かきくけこい"),
          Map.entry('ぐ', "がぎぐげごい"),
          Map.entry('す', "さしすせそ"),
          Map.entry('つ', "たちつてとっ"),
          Map.entry('ぬ', "なにぬねのん"),
          Map.entry('ぶ', "ばびぶべぼん"),
          Map.entry('む', "まみむめもん"),
          Map.entry('る', "らりるれろっ"));

  private final List<Frame> frames;
  private final Map<Character, List<String>> anchors = new HashMap<>();

  /**
   * The first letters of {@link #anchors}, so most letters of a long message are passed quickly.
   */
  private final BitSet anchorFirsts = new BitSet(Character.MAX_VALUE + 1);

  MeaningFrames(DialogContent content) {
    Map<String, Set<String>> classes = classes(content.list(SafetyLists.WORDS));
    List<String> entries = content.list(SafetyLists.FRAMES);
    if (entries.isEmpty()) {
      throw invalid(SafetyLists.FRAMES.key(), "is empty");
    }
    List<Frame> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Frame f = frame(entries.get(i), classes, SafetyLists.FRAMES.key() + "[" + i + "]");
      out.add(f);
      for (String word : f.terms().get(f.anchor()).words()) {
        for (String stem : stems(word)) {
          if (stem.length() < 2 && Kana.isHiragana(stem.charAt(0))) {
            throw invalid(f.source(), "anchor word '" + word + "' is too common to read around");
          }
          List<String> list = anchors.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>());
          if (!list.contains(stem)) {
            list.add(stem);
          }
          anchorFirsts.set(stem.charAt(0));
        }
      }
    }
    this.frames = List.copyOf(out);
  }

  /** The meaning of the first frame found in the normalised message, if any. */
  Optional<CrisisMeaning> meaning(String kana) {
    int n = kana.length();
    int from = -1;
    int to = -1;
    for (int p = 0; p < n; p++) {
      if (!anchorFirsts.get(kana.charAt(p))) {
        continue;
      }
      List<String> stems = anchors.get(kana.charAt(p));
      if (stems == null || !startsWithAny(kana, p, stems)) {
        continue;
      }
      int start = Math.max(0, p - BEFORE);
      int end = Math.min(n, p + AFTER);
      if (from >= 0 && start > to) {
        Optional<CrisisMeaning> found = read(kana.substring(from, to));
        if (found.isPresent()) {
          return found;
        }
        from = -1;
      }
      if (from < 0) {
        from = start;
      }
      to = end;
    }
    return from < 0 ? Optional.empty() : read(kana.substring(from, to));
  }

  /** The words of a normalised message as the frames see them (for tests and staff). */
  static Words words(String kana) {
    return FrameReader.read(kana);
  }

  /** The first frame that matches anywhere in {@code kana}, as written (for the figures). */
  Optional<String> explain(String kana) {
    Words words = FrameReader.read(kana);
    return frames.stream().filter(f -> f.matches(words)).map(Frame::source).findFirst();
  }

  private Optional<CrisisMeaning> read(String stretch) {
    Words words;
    try {
      words = FrameReader.read(stretch);
    } catch (RuntimeException e) {
      // A stretch is read only around a word of dying or harm: when the analyser fails there, the
      // person gets the crisis answer rather than none (the log names the failure, never the text).
      log.warn("Crisis frames could not read a message ({}): answered as a crisis", e.getClass());
      return Optional.of(CrisisMeaning.WISH);
    }
    for (Frame f : frames) {
      if (f.matches(words)) {
        return Optional.of(f.meaning());
      }
    }
    return Optional.empty();
  }

  private static boolean startsWithAny(String text, int at, List<String> stems) {
    for (String s : stems) {
      if (text.startsWith(s, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a word can be found before the analyser reads it: a verb without its ending (生きる → 生き,
   * きえる → きえ; 死ぬ → 死な 死に 死ぬ 死ね 死の 死ん, 寝る → 寝 寝ら 寝り…), anything else as it is (薬, 首吊り).
   */
  static Set<String> stems(String word) {
    char end = word.charAt(word.length() - 1);
    String row = ROWS.get(end);
    if (row == null || word.length() < 2) {
      return Set.of(word);
    }
    String base = word.substring(0, word.length() - 1);
    boolean kanaBase = Kana.isHiragana(base.charAt(base.length() - 1));
    if (kanaBase && base.length() >= 2) {
      return Set.of(base);
    }
    Set<String> out = new LinkedHashSet<>();
    if (!kanaBase && end == 'る') {
      out.add(base);
    }
    for (char c : row.toCharArray()) {
      out.add(base + c);
    }
    return out;
  }

  private static Map<String, Set<String>> classes(List<String> entries) {
    Map<String, Set<String>> out = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String source = SafetyLists.WORDS.key() + "[" + i + "]";
      Matcher m = CLASS.matcher(entries.get(i).strip());
      if (!m.matches()) {
        throw invalid(source, "write 'name: word, word, …' (name in a-z and _)");
      }
      Set<String> words = new LinkedHashSet<>();
      for (String w : m.group(2).split("[,、]")) {
        if (!w.isBlank()) {
          words.add(fold(w));
        }
      }
      if (words.isEmpty()) {
        throw invalid(source, "class '" + m.group(1) + "' has no words");
      }
      if (out.putIfAbsent(m.group(1), Set.copyOf(words)) != null) {
        throw invalid(source, "class '" + m.group(1) + "' is written twice");
      }
    }
    return out;
  }

  private static Frame frame(String entry, Map<String, Set<String>> classes, String source) {
    Matcher m = FRAME.matcher(entry.strip());
    if (!m.matches()) {
      throw invalid(source, "write 'MEANING: term + term within N' ('" + entry + "')");
    }
    CrisisMeaning meaning;
    try {
      meaning = CrisisMeaning.valueOf(m.group(1));
    } catch (IllegalArgumentException e) {
      throw invalid(source, "'" + m.group(1) + "' is not a meaning class");
    }
    if (meaning.latin()) {
      throw invalid(source, meaning + " is matched by patterns over Latin words, not frames");
    }
    List<Frame.Term> terms = new ArrayList<>();
    int anchor = -1;
    for (String t : m.group(2).split("\\+")) {
      Matcher tm = TERM.matcher(t.strip());
      if (!tm.matches()) {
        throw invalid(source, "'" + t.strip() + "' is not a class name or a 「word」");
      }
      if (tm.group(1) != null) {
        if (anchor >= 0) {
          throw invalid(source, "more than one anchor (*)");
        }
        anchor = terms.size();
      }
      List<Frame.Term> notNext = new ArrayList<>();
      for (String name : tm.group(3).split("!")) {
        if (!name.isEmpty()) {
          notNext.add(new Frame.Term(words(name, classes, source), List.of()));
        }
      }
      terms.add(new Frame.Term(words(tm.group(2), classes, source), notNext));
    }
    if (terms.size() > 1 && m.group(3) == null) {
      throw invalid(source, "say how near the terms are ('within N')");
    }
    int within = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    if (within < 1 || within > 12) {
      throw invalid(source, "within " + within + ": write 1 to 12");
    }
    Frame.Term unless =
        m.group(5) == null ? null : new Frame.Term(words(m.group(5), classes, source), List.of());
    return new Frame(
        meaning,
        List.copyOf(terms),
        within,
        m.group(4) != null,
        Math.max(0, anchor),
        unless,
        source);
  }

  private static Set<String> words(String term, Map<String, Set<String>> classes, String source) {
    if (term.startsWith("「")) {
      return Set.of(fold(term.substring(1, term.length() - 1)));
    }
    Set<String> words = classes.get(term);
    if (words == null) {
      throw invalid(source, "no class '" + term + "' in " + SafetyLists.WORDS.key());
    }
    return words;
  }

  /** A word folded as the frames' view of a message is (a doubled kana stays: たたく). */
  static String fold(String word) {
    return CrisisNormalizer.foldLetters(
        java.text.Normalizer.normalize(word.strip(), java.text.Normalizer.Form.NFKC)
            .toLowerCase(java.util.Locale.ROOT),
        false,
        3);
  }

  private static IllegalStateException invalid(String where, String why) {
    return new IllegalStateException("dialogs: lists." + where + ": " + why);
  }
}
