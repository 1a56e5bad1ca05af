package jp.junction.bot.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.places.Readings;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer for index and questions: normalised text (NFKC, 髙→高), Kuromoji with a user
 * dictionary of place names and domain words, base forms, particles dropped, then every token as
 * its katakana reading (so 高松, たかまつ, タカマツ and takamatsu meet) mapped to a canonical word for domain
 * synonyms (家族会 = 親の会, 居場所 = フリースペース = たまり場).
 */
final class SearchAnalyzer extends Analyzer {

  private final UserDictionary dictionary;
  private final Map<String, String> synonyms;

  SearchAnalyzer(Gazetteer gazetteer, List<List<String>> synonymGroups) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (Municipality m : gazetteer.municipalities()) {
      if (!m.kana().isEmpty()) {
        entries.putIfAbsent(Readings.normalize(m.name()), katakana(m.kana()));
        entries.putIfAbsent(m.kana(), katakana(m.kana()));
        entries.putIfAbsent(katakana(m.kana()), katakana(m.kana()));
        String name = Readings.normalize(m.name());
        String stemKana = m.kana().replaceFirst("(し|く|ちょう|まち|むら|そん)$", "");
        if (name.length() >= 3
            && !m.isWard()
            && stemKana.length() >= 2
            && stemKana.length() < m.kana().length()) {
          entries.putIfAbsent(name.substring(0, name.length() - 1), katakana(stemKana));
          entries.putIfAbsent(stemKana, katakana(stemKana));
          entries.putIfAbsent(katakana(stemKana), katakana(stemKana));
        }
      }
    }
    UserDictionary places = dictionary(entries);
    this.synonyms = new HashMap<>();
    for (List<String> group : synonymGroups) {
      String canonical = null;
      for (String word : group) {
        String w = Readings.normalize(word);
        String reading = reading(places, w);
        canonical = canonical == null ? reading : canonical;
        entries.putIfAbsent(w, reading);
        synonyms.put(reading, canonical);
      }
    }
    this.dictionary = dictionary(entries);
  }

  /** The analysed terms of a text, in order, without duplicates or one-letter terms. */
  List<String> terms(String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 1) {
          terms.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text failed", e);
    }
    return new ArrayList<>(terms);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[1024];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return new StringReader(Readings.normalize(text.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("reading text to analyse failed", e);
    }
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer =
        new JapaneseTokenizer(dictionary, true, true, JapaneseTokenizer.Mode.SEARCH);
    TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
    stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
    stream = new JapaneseReadingFormFilter(stream, false);
    stream = new LowerCaseFilter(stream);
    stream = new KanaFilter(stream, synonyms);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** The joined katakana reading of a word as plain Kuromoji (with place names) reads it. */
  private static String reading(UserDictionary places, String word) {
    try (Analyzer plain =
            new Analyzer() {
              @Override
              protected TokenStreamComponents createComponents(String f) {
                Tokenizer t =
                    new JapaneseTokenizer(places, true, true, JapaneseTokenizer.Mode.NORMAL);
                TokenStream s = new JapaneseReadingFormFilter(t, false);
                return new TokenStreamComponents(
                    t, new KanaFilter(new LowerCaseFilter(s), Map.of()));
              }
            };
        TokenStream ts = plain.tokenStream("", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      StringBuilder joined = new StringBuilder();
      while (ts.incrementToken()) {
        joined.append(term);
      }
      ts.end();
      return joined.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a dictionary word failed", e);
    }
  }

  private static UserDictionary dictionary(Map<String, String> entries) {
    StringBuilder csv = new StringBuilder();
    entries.forEach(
        (surface, reading) -> {
          if (surface.length() > 1 && !reading.isEmpty() && surface.matches("[^,\"\\s]+")) {
            csv.append(surface)
                .append(',')
                .append(surface)
                .append(',')
                .append(reading)
                .append(",カスタム名詞\n");
          }
        });
    try {
      return UserDictionary.open(new StringReader(csv.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("building the user dictionary failed", e);
    }
  }

  private static String katakana(String hiragana) {
    StringBuilder out = new StringBuilder(hiragana.length());
    for (char c : hiragana.toCharArray()) {
      out.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
    }
    return out.toString();
  }

  /** Romaji words and hiragana to katakana; then a domain word to its canonical form. */
  private static final class KanaFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> synonyms;

    KanaFilter(TokenStream input, Map<String, String> synonyms) {
      super(input);
      this.synonyms = synonyms;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String token = term.toString();
      if (token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        String kana = Readings.romajiToHiragana(token);
        if (kana.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
          token = kana;
        }
      }
      token = katakana(token);
      token = synonyms.getOrDefault(token, token);
      term.setEmpty().append(token);
      return true;
    }
  }
}
