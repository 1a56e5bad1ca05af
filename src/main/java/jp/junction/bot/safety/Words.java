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

  /**
   * The index of the last word {@code word} covers when it starts at word {@code i}: the word
   * itself by its dictionary form or as written, or a run of whole words as written (いなく = い +
   * なく); -1 when it does not.
   */
  int match(int i, String word) {
    if (i < 0 || i >= written.length) {
      return -1;
    }
    if (word.equals(base[i]) || word.equals(written[i])) {
      return i;
    }
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
