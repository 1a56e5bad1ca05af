package jp.junction.bot.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One meaning frame of {@code dialogs/crisis-meaning.yml}: terms that must follow each other in a
 * message's words, each at most {@code within} words after the one before (in any order when {@code
 * anyOrder}), and none of the words {@code unless} anywhere in the stretch read (毎日 makes
 * 薬をたくさん飲んでいる a habit, not an overdose). The anchor is the term whose stems say where in a long
 * message to read.
 */
record Frame(
    CrisisMeaning meaning,
    List<Term> terms,
    int within,
    boolean anyOrder,
    int anchor,
    Term unless,
    String source) {

  /**
   * A class of words (or one word); {@code notNext} are classes none of whose words may come right
   * after it (死ぬ followed by ほど is a way of speaking).
   */
  static final class Term {
    private final Set<String> words;
    private final List<Term> notNext;
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    Term(Set<String> words, List<Term> notNext) {
      this.words = Set.copyOf(words);
      this.notNext = List.copyOf(notNext);
      for (String word : words) {
        byFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
      }
    }

    Set<String> words() {
      return words;
    }

    /** The last word index a match at {@code i} covers, or -1. */
    int match(Words w, int i) {
      int end = cover(w, i);
      if (end < 0 || end + 1 >= w.size()) {
        return end;
      }
      for (Term blocked : notNext) {
        if (blocked.cover(w, end + 1) >= 0) {
          return -1;
        }
      }
      return end;
    }

    boolean anywhere(Words w) {
      for (int i = 0; i < w.size(); i++) {
        if (cover(w, i) >= 0) {
          return true;
        }
      }
      return false;
    }

    private int cover(Words w, int i) {
      if (words.contains(w.written(i)) || words.contains(w.base(i))) {
        return i;
      }
      List<String> candidates = byFirst.get(w.firstChar(i));
      if (candidates != null) {
        for (String word : candidates) {
          int end = w.run(i, word);
          if (end >= 0) {
            return end;
          }
        }
      }
      return -1;
    }
  }

  boolean matches(Words w) {
    if (unless != null && unless.anywhere(w)) {
      return false;
    }
    if (!anyOrder) {
      return follows(w, terms, 0, -1);
    }
    for (List<Term> order : orders(terms)) {
      if (follows(w, order, 0, -1)) {
        return true;
      }
    }
    return false;
  }

  private boolean follows(Words w, List<Term> order, int k, int previousEnd) {
    if (k == order.size()) {
      return true;
    }
    int from = k == 0 ? 0 : previousEnd + 1;
    int to = k == 0 ? w.size() - 1 : Math.min(w.size() - 1, previousEnd + within);
    for (int i = from; i <= to; i++) {
      int end = order.get(k).match(w, i);
      if (end >= 0 && follows(w, order, k + 1, end)) {
        return true;
      }
    }
    return false;
  }

  private static List<List<Term>> orders(List<Term> terms) {
    if (terms.size() <= 1) {
      return List.of(terms);
    }
    List<List<Term>> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      List<Term> rest = new ArrayList<>(terms);
      Term first = rest.remove(i);
      for (List<Term> tail : orders(rest)) {
        List<Term> order = new ArrayList<>();
        order.add(first);
        order.addAll(tail);
        out.add(order);
      }
    }
    return out;
  }
}
