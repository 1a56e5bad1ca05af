package jp.junction.bot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns with what every match of each must contain, so a pattern is run only over a message that
 * has it: a 6,000-character story is searched by a handful of patterns, not all of them ({@link
 * String#contains} is far cheaper than a regular-expression scan with a leading group). A
 * requirement is a plain run of letters outside groups (にた in {@code (死|し)にた(い|く)}) or a group of
 * plain alternatives, one of which must be there ({@code (自殺|じさつ)}).
 */
final class PatternIndex {

  private static final String META = "\\[](){}.*+?^$|";

  /** From this length on, a pattern with known first letters is tried only where one stands. */
  static final int LONG = 200;

  private record Entry(Pattern pattern, List<List<String>> requirements, String firsts) {
    boolean possible(String text, Letters letters) {
      for (List<String> anyOf : requirements) {
        boolean some = false;
        for (String word : anyOf) {
          if (letters.mayHold(word) && text.contains(word)) {
            some = true;
            break;
          }
        }
        if (!some) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the pattern is found in {@code text}. In a long text, a pattern that must start with
     * one of a few letters is tried only at those letters ({@code lookingAt} over a region whose
     * bounds are transparent and not anchoring, so lookarounds, ^ and $ see the whole text as
     * {@code find} would): Java's scan would otherwise try its leading group at every position.
     */
    boolean found(String text) {
      if (firsts == null || text.length() < LONG) {
        return pattern.matcher(text).find();
      }
      Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      FirstLetters at = new FirstLetters(firsts, text);
      for (int i = at.next(0); i >= 0; i = at.next(i + 1)) {
        if (m.region(i, text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Where the next of a few letters stands in a text, found with {@link String#indexOf(int, int)}
   * (far faster over a long text than testing every character): the next place of each letter is
   * kept until the search passes it.
   */
  private static final class FirstLetters {
    private final String letters;
    private final String text;
    private final int[] places;

    FirstLetters(String letters, String text) {
      this.letters = letters;
      this.text = text;
      this.places = new int[letters.length()];
      java.util.Arrays.fill(places, -1);
    }

    /** The first place at or after {@code from} that holds one of the letters, or -1. */
    int next(int from) {
      int best = text.length();
      for (int j = 0; j < places.length; j++) {
        if (places[j] < from && places[j] != text.length()) {
          int found = text.indexOf(letters.charAt(j), from);
          places[j] = found < 0 ? text.length() : found;
        }
        best = Math.min(best, places[j]);
      }
      return best == text.length() ? -1 : best;
    }
  }

  /**
   * Which letters and which pairs of neighbouring letters a long text holds, read once: a word with
   * a letter or a pair the text lacks cannot be in it, which is cheaper to tell than {@link
   * String#contains} over thousands of characters (and the pairs tell it for most absent words,
   * whose letters alone are common kana). Letters are kept by their low 12 bits and pairs by a
   * 16-bit hash, so two may share a place (a "maybe", never a wrong "no"); a short text keeps
   * nothing and answers "maybe" to every word.
   */
  static final class Letters {
    private static final Letters SHORT = new Letters(null, null);

    /** One bit per low-12-bit letter value (plain arrays: {@link java.util.BitSet} costs more). */
    private final long[] present;

    private final long[] pairs;

    private Letters(long[] present, long[] pairs) {
      this.present = present;
      this.pairs = pairs;
    }

    static Letters of(String text) {
      if (text.length() < LONG) {
        return SHORT;
      }
      long[] present = new long[4096 / 64];
      long[] pairs = new long[65536 / 64];
      char previous = text.charAt(0);
      set(present, previous & 0xFFF);
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        set(present, c & 0xFFF);
        set(pairs, pair(previous, c));
        previous = c;
      }
      return new Letters(present, pairs);
    }

    boolean mayHold(String word) {
      if (present == null) {
        return true;
      }
      for (int i = 0; i < word.length(); i++) {
        if (!isSet(present, word.charAt(i) & 0xFFF)) {
          return false;
        }
      }
      for (int i = 1; i < word.length(); i++) {
        if (!isSet(pairs, pair(word.charAt(i - 1), word.charAt(i)))) {
          return false;
        }
      }
      return true;
    }

    private static int pair(char first, char second) {
      return (first * 0x9E37 + second) & 0xFFFF;
    }

    private static void set(long[] bits, int bit) {
      bits[bit >>> 6] |= 1L << bit;
    }

    private static boolean isSet(long[] bits, int bit) {
      return (bits[bit >>> 6] & (1L << bit)) != 0;
    }
  }

  private final List<Entry> entries;

  PatternIndex(List<Pattern> patterns) {
    this.entries =
        patterns.stream()
            .map(p -> new Entry(p, requirements(p.pattern()), firsts(p.pattern())))
            .toList();
  }

  boolean matches(String text) {
    return matches(text, Letters.of(text));
  }

  /** As {@link #matches(String)}, with the letters of {@code text} already read. */
  boolean matches(String text, Letters letters) {
    for (Entry e : entries) {
      if (e.possible(text, letters) && e.found(text)) {
        return true;
      }
    }
    return false;
  }

  /** The first pattern found in {@code text}, as written (for the figures and staff). */
  Optional<String> firstMatch(String text) {
    Letters letters = Letters.of(text);
    for (Entry e : entries) {
      if (e.possible(text, letters) && e.found(text)) {
        return Optional.of(e.pattern().pattern());
      }
    }
    return Optional.empty();
  }

  /**
   * The letters every match of {@code regex} starts with, when it starts with a plain letter, a
   * group of plain alternatives, or a class of plain letters ({@code [市四氏]}, not negated, no
   * ranges), none of them optional; otherwise null (the whole text is scanned). An alternative or a
   * class member may be a metacharacter written with a backslash ({@code \\*}). A leading
   * lookbehind ({@code (?<!鼻)血}) is passed over: it reads the text before the match, which starts
   * after it.
   */
  static String firsts(String regex) {
    if (regex.isEmpty() || topLevelAlternation(regex)) {
      return null;
    }
    if (regex.startsWith("(?<=") || regex.startsWith("(?<!")) {
      int end = closing(regex, 0);
      boolean repeated = end + 1 < regex.length() && "?*+{".indexOf(regex.charAt(end + 1)) >= 0;
      return end < 0 || repeated ? null : firsts(regex.substring(end + 1));
    }
    char c = regex.charAt(0);
    if (c == '[') {
      int end = regex.indexOf(']', 1);
      if (end < 0 || (end + 1 < regex.length() && "?*{".indexOf(regex.charAt(end + 1)) >= 0)) {
        return null;
      }
      return classLetters(regex.substring(1, end));
    }
    if (c != '(') {
      boolean plain = META.indexOf(c) < 0 && !Character.isSurrogate(c);
      char next = regex.length() > 1 ? regex.charAt(1) : 0;
      return plain && "?*{".indexOf(next) < 0 ? String.valueOf(c) : null;
    }
    int end = closing(regex, 0);
    if (end < 0 || (end + 1 < regex.length() && "?*{".indexOf(regex.charAt(end + 1)) >= 0)) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String a : alternatives(regex.substring(1, end))) {
      String first = firstOf(a);
      if (first == null) {
        return null;
      }
      if (out.indexOf(first) < 0) {
        out.append(first);
      }
    }
    return out.toString();
  }

  /**
   * A group's body split at its own bars, not at those of groups inside it: {@code 心中(?!お察|を察)|道連れ}
   * has the two alternatives {@code 心中(?!お察|を察)} and {@code 道連れ}.
   */
  private static List<String> alternatives(String body) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int end = body.indexOf(']', i + 1);
        i = end < 0 ? body.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(body.substring(start, i));
        start = i + 1;
      }
    }
    out.add(body.substring(start));
    return out;
  }

  /**
   * The letter an alternative must start with: its first character when that is a plain letter not
   * made optional or repeated ({@code さよう?なら} → さ, {@code 心中(?!お察)} → 心), or one metacharacter
   * written with a backslash ({@code \\*}); null for anything else.
   */
  private static String firstOf(String alternative) {
    if (alternative.length() == 2
        && alternative.charAt(0) == '\\'
        && !Character.isLetterOrDigit(alternative.charAt(1))) {
      return alternative.substring(1);
    }
    if (alternative.isEmpty()) {
      return null;
    }
    char first = alternative.charAt(0);
    char next = alternative.length() > 1 ? alternative.charAt(1) : 0;
    if (META.indexOf(first) >= 0 || Character.isSurrogate(first) || "?*{".indexOf(next) >= 0) {
      return null;
    }
    return String.valueOf(first);
  }

  /** The letters of a plain class body ({@code 市四氏}, {@code ○◯\\*}); null for anything else. */
  private static String classLetters(String body) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (ch == '\\' && i + 1 < body.length() && !Character.isLetterOrDigit(body.charAt(i + 1))) {
        ch = body.charAt(++i);
      } else if (ch == '\\' || ch == '^' || ch == '-' || ch == '[' || Character.isSurrogate(ch)) {
        return null;
      }
      out.append(ch);
    }
    return out.isEmpty() ? null : out.toString();
  }

  /**
   * {@code text} with every match of every pattern replaced by the literal {@code with}. In a long
   * text, a pattern with known first letters is tried only where one stands (as {@link
   * Entry#found}), which finds the same matches as {@code replaceAll}: every match starts at such a
   * letter, and the leftmost one after the last replacement is taken.
   */
  String cutOut(String text, String with) {
    return cutOut(text, with, Letters.of(text));
  }

  /** As {@link #cutOut(String, String)}, with the letters of {@code text} already read. */
  String cutOut(String text, String with, Letters letters) {
    String t = text;
    Letters held = letters;
    for (Entry e : entries) {
      if (!e.possible(t, held)) {
        continue;
      }
      String before = t;
      if (e.firsts() == null || t.length() < LONG) {
        t = e.pattern().matcher(t).replaceAll(Matcher.quoteReplacement(with));
      } else {
        t = replaceAtFirsts(e, t, with);
      }
      if (!t.equals(before)) {
        held = Letters.of(t);
      }
    }
    return t;
  }

  private static String replaceAtFirsts(Entry e, String t, String with) {
    Matcher m = e.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
    StringBuilder out = null;
    int last = 0;
    FirstLetters at = new FirstLetters(e.firsts(), t);
    for (int i = at.next(0); i >= 0; i = at.next(i + 1)) {
      if (!m.region(i, t.length()).lookingAt()) {
        continue;
      }
      int end = m.end();
      if (end == i) {
        // A pattern that starts with a letter cannot match nothing; kept safe all the same.
        return e.pattern().matcher(t).replaceAll(Matcher.quoteReplacement(with));
      }
      if (out == null) {
        out = new StringBuilder(t.length());
      }
      out.append(t, last, i).append(with);
      last = end;
      i = end - 1;
    }
    return out == null ? t : out.append(t, last, t.length()).toString();
  }

  /** What every match of {@code regex} holds; empty when nothing can be told. */
  static List<List<String>> requirements(String regex) {
    List<List<String>> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
      if (c == '|') {
        return List.of();
      }
      if (META.indexOf(c) < 0 && "?*{".indexOf(next) < 0) {
        run.append(c);
        continue;
      }
      flush(run, out);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = regex.indexOf(']', i + 1);
      } else if (c == '{') {
        i = regex.indexOf('}', i);
      } else if (c == '(') {
        int end = closing(regex, i);
        if (end < 0) {
          return List.of();
        }
        char after = end + 1 < regex.length() ? regex.charAt(end + 1) : 0;
        String body = regex.substring(i + 1, end);
        List<String> alternatives = plainAlternatives(body);
        if (alternatives != null && "?*{".indexOf(after) < 0) {
          out.add(alternatives);
        }
        // A lookahead that a word must follow somewhere: ^(?=.*(橋|ビル)) needs one of them.
        if (body.startsWith("?=.*(") && body.endsWith(")") && "?*{".indexOf(after) < 0) {
          List<String> ahead = plainAlternatives(body.substring(5, body.length() - 1));
          if (ahead != null) {
            out.add(ahead);
          }
        }
        i = end;
      }
      if (i < 0) {
        return List.of();
      }
    }
    flush(run, out);
    return List.copyOf(out);
  }

  private static void flush(StringBuilder run, List<List<String>> out) {
    if (!run.isEmpty()) {
      out.add(List.of(run.toString()));
      run.setLength(0);
    }
  }

  /** The alternatives of a group when each is plain letters; otherwise null. */
  private static List<String> plainAlternatives(String group) {
    List<String> out = List.of(group.split("\\|", -1));
    for (String alternative : out) {
      if (alternative.isEmpty() || alternative.chars().anyMatch(ch -> META.indexOf(ch) >= 0)) {
        return null;
      }
    }
    return out;
  }

  /** The patterns, in order (for tests that compare with a plain scan). */
  List<Pattern> patterns() {
    return entries.stream().map(Entry::pattern).toList();
  }

  private static boolean topLevelAlternation(String regex) {
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int end = regex.indexOf(']', i + 1);
        i = end < 0 ? regex.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  private static int closing(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
