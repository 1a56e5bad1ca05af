package jp.junction.bot.talk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.places.Readings;
import jp.junction.bot.safety.CrisisNormalizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The views of a typed message the talk patterns read: {@code folded} (as the crisis layer folds
 * letters), {@code words} (Kuromoji base forms, one space around each, so 疲れ果てた, 寝れん and しんどすぎ read
 * " 疲れる 果てる た ", " 寝る ん ", " しんどい すぎる ") and {@code latin} (the Latin words with their spaces, " i
 * can t sleep "). Words typed in romaji are read as kana first (tsurai → つらい), so both Japanese
 * views see them.
 */
record TalkViews(String folded, String words, String latin) {

  /** Romaji words shorter than this are left as they are ("ok", "lol", "hi"). */
  private static final int ROMAJI_MIN = 4;

  private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");
  private static final Pattern NOT_LATIN = Pattern.compile("[^a-z0-9]+");

  static TalkViews of(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String kana = romaji(nfkc);
    String folded = CrisisNormalizer.foldMessage(kana);
    String latin = " " + NOT_LATIN.matcher(nfkc).replaceAll(" ").strip() + " ";
    return new TalkViews(folded, words(folded), latin.isBlank() ? " " : latin);
  }

  /** Each Latin word that reads as romaji through and through, in hiragana; others unchanged. */
  private static String romaji(String text) {
    Matcher m = LATIN_WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      String word = m.group();
      String kana = word.length() < ROMAJI_MIN ? word : Readings.romajiToHiragana(word);
      out.append(text, last, m.start());
      out.append(LATIN_WORD.matcher(kana).find() ? word : kana);
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /** The base form of every token of the folded text, each with a space either side. */
  private static String words(String folded) {
    StringBuilder out = new StringBuilder(folded.length() * 2 + 1).append(' ');
    try (JapaneseTokenizer tokenizer =
        new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
      tokenizer.setReader(new StringReader(folded));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        String form = base.getBaseForm();
        out.append(form == null ? term.toString() : form).append(' ');
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
