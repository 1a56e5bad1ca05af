package jp.junction.bot.safety;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads a stretch of normalised text into {@link Words} with kuromoji (the dictionary the search
 * uses), so conjugations and dialect come back to one dictionary form: 死にたかった, 死のうかな and 死にてえ all
 * hold the word 死ぬ. One tokenizer per thread (kuromoji's is not thread-safe); the dictionary itself
 * is loaded once.
 */
final class FrameReader {

  private static final ThreadLocal<Reader> READERS = ThreadLocal.withInitial(Reader::new);

  private FrameReader() {}

  static Words read(String text) {
    return READERS.get().read(text);
  }

  private static final class Reader {
    private final JapaneseTokenizer tokenizer =
        new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.NORMAL);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final BaseFormAttribute baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final List<String> written = new ArrayList<>();
    private final List<String> base = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();

    Words read(String text) {
      written.clear();
      base.clear();
      starts.clear();
      ends.clear();
      try {
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          String w = term.toString();
          String b = baseForm.getBaseForm();
          written.add(w);
          base.add(b == null ? w : MeaningFrames.fold(b));
          starts.add(offset.startOffset());
          ends.add(offset.endOffset());
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          tokenizer.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return new Words(
          text,
          written.toArray(String[]::new),
          base.toArray(String[]::new),
          starts.stream().mapToInt(Integer::intValue).toArray(),
          ends.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
