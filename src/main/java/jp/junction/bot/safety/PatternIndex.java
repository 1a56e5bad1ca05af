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
    boolean possible(String text) {
      for (List<String> anyOf : requirements) {
        if (anyOf.stream().noneMatch(text::contains)) {
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
      for (int i = 0; i < text.length(); i++) {
        if (firsts.indexOf(text.charAt(i)) >= 0 && m.region(i, text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
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
    for (Entry e : entries) {
      if (e.possible(text) && e.found(text)) {
        return true;
      }
    }
    return false;
  }

  /** The first pattern found in {@code text}, as written (for the figures and staff). */
  Optional<String> firstMatch(String text) {
    for (Entry e : entries) {
      if (e.possible(text) && e.found(text)) {
        return Optional.of(e.pattern().pattern());
      }
    }
    return Optional.empty();
  }

  /**
   * The letters every match of {@code regex} starts with, when it starts with a plain letter or a
   * group of plain alternatives (not optional); otherwise null (the whole text is scanned).
   */
  static String firsts(String regex) {
    if (regex.isEmpty() || topLevelAlternation(regex)) {
      return null;
    }
    char c = regex.charAt(0);
    if (c != '(') {
      boolean plain = META.indexOf(c) < 0 && !Character.isSurrogate(c);
      char next = regex.length() > 1 ? regex.charAt(1) : 0;
      return plain && "?*{".indexOf(next) < 0 ? String.valueOf(c) : null;
    }
    int end = closing(regex, 0);
    if (end < 0 || (end + 1 < regex.length() && "?*{".indexOf(regex.charAt(end + 1)) >= 0)) {
      return null;
    }
    List<String> alternatives = plainAlternatives(regex.substring(1, end));
    if (alternatives == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String a : alternatives) {
      if (Character.isSurrogate(a.charAt(0))) {
        return null;
      }
      if (out.indexOf(a.substring(0, 1)) < 0) {
        out.append(a.charAt(0));
      }
    }
    return out.toString();
  }

  /** {@code text} with every match of every pattern replaced by {@code with}. */
  String cutOut(String text, String with) {
    String t = text;
    for (Entry e : entries) {
      if (e.possible(t)) {
        t = e.pattern().matcher(t).replaceAll(with);
      }
    }
    return t;
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
        List<String> alternatives = plainAlternatives(regex.substring(i + 1, end));
        if (alternatives != null && "?*{".indexOf(after) < 0) {
          out.add(alternatives);
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
