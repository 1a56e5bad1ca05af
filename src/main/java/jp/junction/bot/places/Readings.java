package jp.junction.bot.places;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Kana and romaji forms of readings: katakana to hiragana, Hepburn romaji both ways. */
public final class Readings {

  private static final String[] TABLE = {
    "あ:a", "い:i", "う:u", "え:e", "お:o", "か:ka", "き:ki", "く:ku", "け:ke", "こ:ko", "さ:sa", "し:shi",
    "す:su", "せ:se", "そ:so", "た:ta", "ち:chi", "つ:tsu", "て:te", "と:to", "な:na", "に:ni", "ぬ:nu",
    "ね:ne", "の:no", "は:ha", "ひ:hi", "ふ:fu", "へ:he", "ほ:ho", "ま:ma", "み:mi", "む:mu", "め:me", "も:mo",
    "や:ya", "ゆ:yu", "よ:yo", "ら:ra", "り:ri", "る:ru", "れ:re", "ろ:ro", "わ:wa", "を:o", "ん:n", "が:ga",
    "ぎ:gi", "ぐ:gu", "げ:ge", "ご:go", "ざ:za", "じ:ji", "ず:zu", "ぜ:ze", "ぞ:zo", "だ:da", "ぢ:ji", "づ:zu",
    "で:de", "ど:do", "ば:ba", "び:bi", "ぶ:bu", "べ:be", "ぼ:bo", "ぱ:pa", "ぴ:pi", "ぷ:pu", "ぺ:pe", "ぽ:po",
    "きゃ:kya", "きゅ:kyu", "きょ:kyo", "しゃ:sha", "しゅ:shu", "しょ:sho", "ちゃ:cha", "ちゅ:chu", "ちょ:cho",
    "にゃ:nya", "にゅ:nyu", "にょ:nyo", "ひゃ:hya", "ひゅ:hyu", "ひょ:hyo", "みゃ:mya", "みゅ:myu", "みょ:myo",
    "りゃ:rya", "りゅ:ryu", "りょ:ryo", "ぎゃ:gya", "ぎゅ:gyu", "ぎょ:gyo", "じゃ:ja", "じゅ:ju", "じょ:jo", "びゃ:bya",
    "びゅ:byu", "びょ:byo", "ぴゃ:pya", "ぴゅ:pyu", "ぴょ:pyo", "ぁ:a", "ぃ:i", "ぅ:u", "ぇ:e", "ぉ:o", "ゃ:ya",
    "ゅ:yu", "ょ:yo", "ゔ:vu", "ー:"
  };
  private static final Map<String, String> TO_ROMAJI = new HashMap<>();
  private static final Map<String, String> TO_KANA = new HashMap<>();

  static {
    for (String pair : TABLE) {
      int colon = pair.indexOf(':');
      String kana = pair.substring(0, colon);
      String romaji = pair.substring(colon + 1);
      TO_ROMAJI.put(kana, romaji);
      if (!romaji.isEmpty() && "をぢづぁぃぅぇぉゃゅょ".indexOf(kana.charAt(0)) < 0) {
        TO_KANA.putIfAbsent(romaji, kana);
      }
    }
    TO_KANA.put("si", "し");
    TO_KANA.put("ti", "ち");
    TO_KANA.put("tu", "つ");
    TO_KANA.put("hu", "ふ");
    TO_KANA.put("zi", "じ");
    TO_KANA.put("wo", "を");
    TO_KANA.put("jya", "じゃ");
    TO_KANA.put("jyu", "じゅ");
    TO_KANA.put("jyo", "じょ");
  }

  private static final String VARIANTS = "髙高﨑崎邊辺邉辺濵浜德徳塚塚";

  private Readings() {}

  /**
   * The normal form every text is read in: NFKC (full-width digits and letters, half-width kana),
   * common variant kanji (髙→高), wave dashes unified, letters in lower case.
   */
  public static String normalize(String text) {
    String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      int variant = VARIANTS.indexOf(c);
      if (variant >= 0 && variant % 2 == 0) {
        c = VARIANTS.charAt(variant + 1);
      } else if (c == '〜' || c == '~') {
        c = '〜';
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Katakana folded to hiragana; everything else unchanged. */
  public static String hiragana(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
    }
    return out.toString();
  }

  /** Hepburn romaji of a kana reading (lower case), e.g. たかさき → takasaki. */
  public static String romaji(String kana) {
    String text = hiragana(kana);
    StringBuilder out = new StringBuilder();
    boolean doubleNext = false;
    for (int i = 0; i < text.length(); ) {
      String two = i + 2 <= text.length() ? TO_ROMAJI.get(text.substring(i, i + 2)) : null;
      String piece = two != null ? two : TO_ROMAJI.get(text.substring(i, i + 1));
      int step = two != null ? 2 : 1;
      if (text.charAt(i) == 'っ') {
        doubleNext = true;
        i++;
        continue;
      }
      if (piece == null) {
        piece = text.substring(i, i + 1);
      }
      if (doubleNext && !piece.isEmpty()) {
        out.append(piece.startsWith("ch") ? 't' : piece.charAt(0));
      }
      doubleNext = false;
      out.append(piece);
      i += step;
    }
    return out.toString();
  }

  /**
   * Hiragana for the romaji words in a text (soudan → そうだん); other characters are kept. Lets
   * "Takasaki hikikomori soudan" be understood like かな.
   */
  public static String romajiToHiragana(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    int i = 0;
    while (i < lower.length()) {
      char c = lower.charAt(i);
      if (c < 'a' || c > 'z') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < lower.length() && c == lower.charAt(i + 1) && c != 'n' && isConsonant(c)) {
        out.append('っ');
        i++;
        continue;
      }
      String match = null;
      for (int len = 3; len >= 1 && match == null; len--) {
        if (i + len <= lower.length()) {
          match = TO_KANA.get(lower.substring(i, i + len));
          if (match != null) {
            i += len;
          }
        }
      }
      if (match == null && c == 'n') {
        match = "ん";
        i++;
      } else if (match == null) {
        match = String.valueOf(c);
        i++;
      }
      out.append(match);
    }
    return out.toString();
  }

  /**
   * A spelling-insensitive romaji key: long vowels and doubled letters collapsed, so Tokyo, Toukyou
   * and Tôkyô meet, and Hepburn and kunrei-shiki spellings folded together, as people type either
   * (takamatu / takamatsu, zentuji / zentsuji, hukuoka / fukuoka, tiba / chiba, sizuoka /
   * shizuoka).
   */
  static String romajiKey(String romaji) {
    String key = romaji.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    key = key.replace("ou", "o").replace("oo", "o").replace("uu", "u").replace("oh", "o");
    key = key.replace("nn", "n").replace("mb", "nb").replace("mp", "np");
    key = key.replace("tch", "tty").replace("sh", "sy").replace("ch", "ty").replace("j", "zy");
    key = key.replace("ts", "t").replace("f", "h");
    key = key.replace("syi", "si").replace("tyi", "ti").replace("zyi", "zi");
    return key;
  }

  private static boolean isConsonant(char c) {
    return "aeiou".indexOf(c) < 0;
  }
}
