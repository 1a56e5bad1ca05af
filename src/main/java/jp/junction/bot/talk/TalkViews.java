package jp.junction.bot.talk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.places.Readings;
import jp.junction.bot.safety.CrisisNormalizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The views of a typed message the talk patterns read: {@code folded} (as the crisis layer folds
 * letters), {@code words} (Kuromoji base forms, one space around each, so 疲れ果てた, 寝れん and しんどすぎ read
 * " 疲れる 果てる た ", " 寝る ん ", " しんどい すぎる ") and {@code latin} (the Latin words with their spaces, " i
 * can t sleep "). Words typed in romaji are read as kana first (tsurai → つらい), so both Japanese
 * views see them.
 */
record TalkViews(String folded, String words, String latin, boolean statement) {

  /** Romaji words shorter than this are left as they are ("ok", "lol", "hi"). */
  private static final int ROMAJI_MIN = 4;

  private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");
  private static final Pattern NOT_LATIN = Pattern.compile("[^a-z0-9]+");

  /** Sentence-final particles that ask (か, かな, の). */
  private static final Set<String> ASKING_ENDS = Set.of("か", "かな", "かしら", "の", "かい", "け");

  /** Conjunctive particles a told sentence may trail off with (見なかったことにしたけど). */
  private static final Set<String> STATING_LINKS = Set.of("けど", "けれど", "が", "のに", "し", "て", "で");

  static TalkViews of(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String kana = romaji(nfkc);
    String folded = CrisisNormalizer.foldMessage(kana);
    String latin = " " + NOT_LATIN.matcher(nfkc).replaceAll(" ").strip() + " ";
    List<String> parts = new ArrayList<>();
    String words = words(folded, parts);
    return new TalkViews(folded, words, latin.isBlank() ? " " : latin, statement(parts));
  }

  /**
   * Whether the message ends as a statement: its last word a verb, an adjective, an auxiliary (た,
   * ない, です) or a particle that ends a sentence without asking (よ, ね, わ, な), not か or の, and not a
   * noun (「発達障害の相談」 is a topic for the search, not something told).
   */
  private static boolean statement(List<String> parts) {
    if (parts.isEmpty()) {
      return false;
    }
    String last = parts.get(parts.size() - 1);
    int tab = last.indexOf('\t');
    String pos = last.substring(0, tab);
    String form = last.substring(tab + 1);
    if (pos.startsWith("助詞-終助詞")) {
      return !ASKING_ENDS.contains(form);
    }
    if (pos.startsWith("助詞-接続助詞")) {
      return STATING_LINKS.contains(form);
    }
    return pos.startsWith("動詞") || pos.startsWith("形容詞") || pos.startsWith("助動詞");
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

  /**
   * The base form of every token of the folded text, each with a space either side; {@code parts}
   * gets each token's part of speech and base form, tab-separated.
   */
  private static String words(String folded, List<String> parts) {
    StringBuilder out = new StringBuilder(folded.length() * 2 + 1).append(' ');
    try (JapaneseTokenizer tokenizer =
        new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
      PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
      tokenizer.setReader(new StringReader(folded));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        String form = base.getBaseForm();
        String word = form == null ? term.toString() : form;
        out.append(word).append(' ');
        String tag = pos.getPartOfSpeech();
        if (tag != null && !tag.startsWith("記号")) {
          parts.add(tag + "\t" + word);
        }
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
