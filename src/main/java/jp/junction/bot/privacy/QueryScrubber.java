package jp.junction.bot.privacy;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes words fit to keep without knowing whose they are (questions in the anonymous statistics,
 * survey comments): no e-mail addresses, no web addresses, no phone numbers or other digits (also
 * written in kanji), no line breaks, at most a given length.
 */
public final class QueryScrubber {

  static final int MAX_LENGTH = 60;
  private static final Pattern EMAIL = Pattern.compile("[\\w.+%-]+@[\\w-]+(\\.[\\w-]+)*");
  private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)\\S*");
  private static final Pattern PHONE = Pattern.compile("\\(?\\+?\\d[\\d\\s()-]{5,}\\d");
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
  private static final Pattern KANJI_DIGITS = Pattern.compile("[〇零一二三四五六七八九]{3,}");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\p{Cf}]+");

  private QueryScrubber() {}

  static String scrub(String text) {
    return scrub(text, MAX_LENGTH);
  }

  /** The text scrubbed and cut to {@code maxLength} characters (code points). */
  public static String scrub(String text, int maxLength) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = EMAIL.matcher(s).replaceAll(" ");
    s = URL.matcher(s).replaceAll(" ");
    s = PHONE.matcher(s).replaceAll(" ");
    s = DIGITS.matcher(s).replaceAll(" ");
    s = KANJI_DIGITS.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    if (s.codePointCount(0, s.length()) > maxLength) {
      s = s.substring(0, s.offsetByCodePoints(0, maxLength)).strip();
    }
    return s;
  }
}
