package jp.junction.bot.places;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spelling place names are matched in: variant kanji folded to one form (塩竈/塩釜, 﨑/崎, 檜/桧, from
 * {@code places/place-variants.tsv}), and ヶ/ケ/ヵ/が between two kanji as one (霞ヶ関, 霞ケ関, 霞が関). Works
 * on text already in {@link Readings#normalize} and {@link Readings#hiragana} form, and maps one
 * character to one character, so positions in the folded text are positions in the text.
 */
final class Spelling {

  static final String FILE = "place-variants.tsv";

  private final Map<Character, Character> canonical;

  private Spelling(Map<Character, Character> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  /** Reads the curated variant pairs: one character each, never a character that is a canonical. */
  static Spelling read(InputStream in) {
    Map<Character, Character> pairs = new HashMap<>();
    List<DataLines.Row> rows =
        DataLines.read(FILE, in, "\t", List.of("variant", "canonical", "notes"));
    for (DataLines.Row row : rows) {
      String variant = row.cell(0);
      String to = row.cell(1);
      if (variant.length() != 1 || to.length() != 1 || variant.equals(to)) {
        throw DataLines.problem(
            FILE, row, "variant and canonical must be two different characters");
      }
      if (pairs.putIfAbsent(variant.charAt(0), to.charAt(0)) != null) {
        throw DataLines.problem(FILE, row, variant + " is listed twice");
      }
    }
    for (Map.Entry<Character, Character> pair : pairs.entrySet()) {
      if (pairs.containsKey(pair.getValue())) {
        throw new jp.junction.bot.exchange.ExchangeFormatException(
            FILE + ": " + pair.getValue() + " is both a canonical form and a variant");
      }
    }
    return new Spelling(pairs);
  }

  /** Folds a normalised, hiragana-folded text (one character for one). */
  String fold(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      Character to = canonical.get(c);
      if (to != null) {
        out[i] = to;
      } else if (isLinkingKana(c)
          && i > 0
          && i + 1 < out.length
          && isKanji(text, i - 1)
          && isKanji(text, i + 1)) {
        out[i] = 'が';
      }
    }
    return new String(out);
  }

  /** ヶ, ヵ and ケ after {@link Readings#hiragana} (ゖ, ゕ, け), and が. */
  private static boolean isLinkingKana(char c) {
    return c == 'ゖ' || c == 'ゕ' || c == 'け' || c == 'が' || c == 'ヶ' || c == 'ヵ';
  }

  private static boolean isKanji(String text, int i) {
    char c = text.charAt(i);
    return c == '々' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
