package jp.junction.bot.safety;

/**
 * The words of a stretch of a message as the analyser reads them: each as written and in its
 * dictionary form (死に → 死ぬ), with where it starts and ends in {@code text}, all folded like the
 * crisis patterns (katakana as hiragana).
 */
final class Words {

  private final String text;
  private final String[] written;
  private final String[] base;
  private final int[] start;
  private final int[] end;

  Words(String text, String[] written, String[] base, int[] start, int[] end) {
    this.text = text;
    this.written = written;
    this.base = base;
    this.start = start;
    this.end = end;
  }

  int size() {
    return written.length;
  }

  String written(int i) {
    return written[i];
  }

  String base(int i) {
    return base[i];
  }

  char firstChar(int i) {
    return text.charAt(start[i]);
  }

  /**
   * The index of the last word of a run of whole words, from word {@code i}, that together are
   * written {@code word} (いなく = い + なく); -1 when there is none.
   */
  int run(int i, String word) {
    if (!text.startsWith(word, start[i])) {
      return -1;
    }
    int stop = start[i] + word.length();
    for (int j = i; j < end.length && end[j] <= stop; j++) {
      if (end[j] == stop) {
        return j;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < written.length; i++) {
      b.append(written[i]).append('(').append(base[i]).append(") ");
    }
    return b.toString().strip();
  }
}
