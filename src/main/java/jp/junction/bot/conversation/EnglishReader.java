package jp.junction.bot.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells a message written in English from Japanese, including Japanese written in romaji ({@code
 * takamatsu de ibasho aru?}): almost all its letters are Latin, and at least two of its words, and
 * a good share of them, are common English words from {@code dialogs/language.yml} (romaji has few:
 * a place name and Japanese particles are not on the list).
 */
final class EnglishReader {

  /** Latin letters at least this share of all letters (kana and kanji included). */
  private static final double LATIN_SHARE = 0.8;

  /** English words at least this share of the message's words. */
  private static final double WORD_SHARE = 0.4;

  private static final int MIN_WORDS = 2;

  private final Set<String> words;

  EnglishReader(Iterable<String> words) {
    Set<String> folded = new HashSet<>();
    words.forEach(w -> folded.add(w.strip().toLowerCase(Locale.ROOT)));
    this.words = Set.copyOf(folded);
  }

  boolean isEnglish(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    int latin = 0;
    int other = 0;
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 'a' && c <= 'z') {
        latin++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }
    if (latin == 0 || latin < LATIN_SHARE * (latin + other)) {
      return false;
    }
    List<String> all =
        Arrays.stream(n.split("[^a-z']+"))
            .map(w -> w.replaceAll("^'+|'+$", ""))
            .filter(w -> !w.isEmpty())
            .collect(Collectors.toList());
    long known = all.stream().filter(words::contains).count();
    return known >= MIN_WORDS && known >= WORD_SHARE * all.size();
  }
}
