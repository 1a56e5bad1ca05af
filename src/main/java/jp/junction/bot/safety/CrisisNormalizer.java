package jp.junction.bot.safety;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings the many ways people type one word to one form before the crisis patterns look at it:
 * width, case, romaji, katakana, elongation (死にたーい, しにたいいい), small vowels (死にたぁい), spaces, dots,
 * symbols and emoji between the letters, and net spellings (タヒ, 氏, 4). The steps are described for
 * staff in {@code dialogs/crisis.yml}. Other features that read meaning from typed text (talk/)
 * fold messages and their own patterns the same way through {@link #foldMessage} and {@link
 * #foldPattern}.
 */
public final class CrisisNormalizer {

  /** A rewrite from the dialogs: what {@code from} finds becomes {@code to}. */
  static final class Rewrite {
    private final PatternIndex from;
    private final String to;

    Rewrite(Pattern from, String to) {
      this.from = new PatternIndex(List.of(from));
      this.to = to;
    }

    String apply(String text, PatternIndex.Letters letters) {
      return from.cutOut(text, to, letters);
    }
  }

  /**
   * The views patterns are matched against, and the one the meaning frames read ({@code words}:
   * like {@code kana} but a kana doubled stays doubled, so いい and 死なない keep their grammar; a run of
   * three or more still becomes one).
   */
  record Views(String kana, String latin, String words) {}

  private final List<Rewrite> symbols;
  private final List<Rewrite> spellings;

  CrisisNormalizer(List<Rewrite> symbols, List<Rewrite> spellings) {
    this.symbols = symbols;
    this.spellings = spellings;
  }

  /**
   * A message as the crisis patterns see its letters: NFKC, lower case, katakana as hiragana,
   * elongation and repeated kana collapsed, spaces, symbols and emoji dropped (no romaji, no net
   * spellings).
   */
  public static String foldMessage(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return foldLetters(n, true);
  }

  /** A pattern's letters folded like {@link #foldMessage}, keeping its symbols. */
  public static String foldPattern(String pattern) {
    return foldLetters(
        Normalizer.normalize(pattern.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
        false);
  }

  Views views(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    // Symbols are read first for every view: a quoted title or term ("「OD」って言葉") is the same
    // word to the Latin view as to the kana one.
    String symbolled = rewrite(n, symbols);
    String romaji = Romaji.toKana(symbolled);
    return new Views(
        rewrite(foldLetters(romaji, true, 2), spellings),
        latin(symbolled),
        rewrite(foldLetters(romaji, true, 3), spellings));
  }

  private static String rewrite(String text, List<Rewrite> rewrites) {
    String t = text;
    PatternIndex.Letters letters = PatternIndex.Letters.of(t);
    for (Rewrite r : rewrites) {
      String next = r.apply(t, letters);
      if (!next.equals(t)) {
        t = next;
        letters = PatternIndex.Letters.of(t);
      }
    }
    return t;
  }

  /** Latin words only, everything else a space, padded with spaces: " i don t want to live ". */
  private static String latin(String nfkc) {
    StringBuilder out = new StringBuilder(nfkc.length() + 2).append(' ');
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        out.append(c);
      } else if (out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out.toString();
  }

  /**
   * The letter folding both messages and patterns get: katakana to hiragana, long-vowel marks
   * dropped, a small vowel dropped after the same vowel and made big otherwise, a run of one kana
   * made one. With {@code dropSymbols} (messages, not patterns) everything that is not a letter or
   * digit goes too, so "死 に た い" and "死…にたい" read as 死にたい.
   */
  static String foldLetters(String text, boolean dropSymbols) {
    return foldLetters(text, dropSymbols, 2);
  }

  /** {@link #foldLetters(String, boolean)}, collapsing a run of one kana from {@code run} on. */
  static String foldLetters(String text, boolean dropSymbols, int run) {
    // Written into a char array, not a StringBuilder: a builder that starts with Latin letters
    // re-encodes itself at the first kana, and appending one code point at a time costs more.
    char[] out = new char[text.length()];
    int length = 0;
    int same = 1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x30A1 && cp <= 0x30F6) {
        cp -= 0x60;
      }
      if (cp == 'ー' || cp == '〜' || cp == '~' || cp == 'ｰ') {
        continue;
      }
      if (dropSymbols && !Character.isLetterOrDigit(cp)) {
        continue;
      }
      int small = Kana.SMALL_VOWELS.indexOf(cp);
      char previous = length == 0 ? 0 : out[length - 1];
      if (small >= 0) {
        if (Kana.vowelOf(previous) == small) {
          continue;
        }
        cp = Kana.VOWELS.charAt(small);
      }
      if (cp == previous && Kana.isHiragana(cp)) {
        same++;
        if (same >= run) {
          if (same == run) {
            length -= run - 2;
          }
          continue;
        }
      } else {
        same = 1;
      }
      length += Character.toChars(cp, out, length);
    }
    return new String(out, 0, length);
  }
}
