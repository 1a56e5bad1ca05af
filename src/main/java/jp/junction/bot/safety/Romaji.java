package jp.junction.bot.safety;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads words typed in Latin letters as romaji, so "shinitai" is matched as しにたい. A word that does
 * not read as romaji through and through (English, "kms", "od") is left as it is.
 */
final class Romaji {

  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final String VOWELS = "aiueo";

  /** Kana for each consonant before a, i, u, e, o. */
  private static final Map<String, String[]> ROWS =
      Map.ofEntries(
          row("", "あ|い|う|え|お"),
          row("k", "か|き|く|け|こ"),
          row("g", "が|ぎ|ぐ|げ|ご"),
          row("s", "さ|し|す|せ|そ"),
          row("z", "ざ|じ|ず|ぜ|ぞ"),
          row("t", "た|ち|つ|て|と"),
          row("d", "だ|ぢ|づ|で|ど"),
          row("n", "な|に|ぬ|ね|の"),
          row("h", "は|ひ|ふ|へ|ほ"),
          row("f", "ふぁ|ふぃ|ふ|ふぇ|ふぉ"),
          row("b", "ば|び|ぶ|べ|ぼ"),
          row("p", "ぱ|ぴ|ぷ|ぺ|ぽ"),
          row("m", "ま|み|む|め|も"),
          row("y", "や|い|ゆ|いぇ|よ"),
          row("r", "ら|り|る|れ|ろ"),
          row("w", "わ|うぃ|う|うぇ|を"),
          row("j", "じゃ|じ|じゅ|じぇ|じょ"),
          row("sh", "しゃ|し|しゅ|しぇ|しょ"),
          row("ch", "ちゃ|ち|ちゅ|ちぇ|ちょ"),
          row("ts", "つぁ|つぃ|つ|つぇ|つぉ"));

  /** Words shorter than this are left alone: "i", "to", "no" are far more often English. */
  private static final int MIN_LENGTH = 4;

  private Romaji() {}

  /** {@code text} (already lower case) with each word that reads as romaji written in hiragana. */
  static String toKana(String text) {
    if (!hasLatin(text)) {
      // Most messages are written in Japanese: one look at the letters instead of two regex scans.
      return text;
    }
    // A message written wholly in romaji ("ikiteru imi nai") has its short words read too; in a
    // message with any word that is not romaji ("i want to die"), only words of 4 letters or more.
    boolean allRomaji = allRomaji(text);
    Matcher m = WORD.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String kana = m.group().length() < MIN_LENGTH && !allRomaji ? null : word(m.group());
      if (kana != null) {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, last, m.start()).append(kana);
        last = m.end();
      }
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  private static boolean hasLatin(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** Whether every Latin word reads as romaji and one of them is long enough to tell. */
  private static boolean allRomaji(String text) {
    Matcher m = WORD.matcher(text);
    boolean longOne = false;
    while (m.find()) {
      if (word(m.group()) == null) {
        return false;
      }
      longOne |= m.group().length() >= MIN_LENGTH;
    }
    return longOne;
  }

  /** The word in kana, or null when some part of it is not romaji. */
  private static String word(String w) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      boolean last = i + 1 == w.length();
      if (c == 'n' && (last || "aiueoy".indexOf(w.charAt(i + 1)) < 0)) {
        out.append('ん');
        i += !last && w.charAt(i + 1) == 'n' ? 2 : 1;
      } else if (!last && w.charAt(i + 1) == c && VOWELS.indexOf(c) < 0) {
        out.append('っ');
        i++;
      } else {
        int taken = syllable(w, i, out);
        if (taken == 0) {
          return null;
        }
        i += taken;
      }
    }
    return out.toString();
  }

  /** Reads one syllable at {@code i} into {@code out}; the letters taken, 0 when none fits. */
  private static int syllable(String w, int i, StringBuilder out) {
    for (int len = 2; len >= 0; len--) {
      if (i + len >= w.length() || !ROWS.containsKey(w.substring(i, i + len))) {
        continue;
      }
      String[] row = ROWS.get(w.substring(i, i + len));
      int vowel = VOWELS.indexOf(w.charAt(i + len));
      if (vowel >= 0) {
        out.append(row[vowel]);
        return len + 1;
      }
      int glide = i + len + 1 < w.length() ? VOWELS.indexOf(w.charAt(i + len + 1)) : -1;
      if (len == 1 && w.charAt(i + 1) == 'y' && glide >= 0 && glide % 2 == 0) {
        out.append(row[1]).append("ゃ ゅ ょ".charAt(glide));
        return 3;
      }
    }
    return 0;
  }

  private static Map.Entry<String, String[]> row(String consonant, String kana) {
    return Map.entry(consonant, kana.split("\\|"));
  }
}
