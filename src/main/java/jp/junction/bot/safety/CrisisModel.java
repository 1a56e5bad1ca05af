package jp.junction.bot.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The crisis layer's third reading, after the patterns and the meaning frames: a logistic model
 * over the letters of the folded message (every run of one, two and three letters, as the patterns'
 * kana view has them), learnt from the project's hand-labelled messages ({@code
 * src/test/resources/safety/*.tsv}: acute against distress, small talk, questions and hard
 * negatives) by {@code CrisisModelTrainer}. It hears what no single pattern names — a method
 * without the word 死, a plan told sideways — because it weighs every piece of the message together.
 * Its weights are in {@code safety/crisis-model.tsv} (one letter run and its weight per line,
 * readable: 死に +2.1, 笑 −1.3); nothing of a message is kept.
 *
 * <p>A message up to {@value #WHOLE} letters is read whole; a longer one in windows of {@value
 * #WINDOW} letters every {@value #STRIDE}, and the highest window counts (a crisis inside a long
 * story is local).
 */
final class CrisisModel {

  /** The model's probability from which a message counts as acute. */
  static final double THRESHOLD = 0.9;

  static final int WHOLE = 600;
  static final int WINDOW = 400;
  static final int STRIDE = 200;
  static final String RESOURCE = "safety/crisis-model.tsv";

  private final long[] keys;
  private final double[] values;
  private final int mask;
  private final double bias;

  private CrisisModel(long[] keys, double[] values, int mask, double bias) {
    this.keys = keys;
    this.values = values;
    this.mask = mask;
    this.bias = bias;
  }

  /** A model that suspects nothing (the trainer reads the messages with it). */
  static CrisisModel none() {
    return new CrisisModel(new long[16], new double[16], 15, -30);
  }

  /** The model the bot ships with. */
  static CrisisModel load() {
    InputStream in = CrisisModel.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the crisis model " + RESOURCE + " is missing");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code bias<TAB>w} then {@code letters<TAB>w} lines; {@code #} starts a comment. */
  static CrisisModel read(BufferedReader reader) throws IOException {
    double bias = 0;
    long[] ks = new long[1024];
    double[] vs = new double[1024];
    int n = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException(RESOURCE + ": not 'letters<TAB>weight': " + line);
      }
      String letters = unescape(line.substring(0, tab));
      double weight;
      try {
        weight = Double.parseDouble(line.substring(tab + 1));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(RESOURCE + ": not a number after the tab: " + line, e);
      }
      if (letters.equals("bias")) {
        bias = weight;
        continue;
      }
      if (letters.isEmpty() || letters.length() > 3) {
        throw new IllegalStateException(RESOURCE + ": one to three letters expected: " + line);
      }
      if (n == ks.length) {
        ks = Arrays.copyOf(ks, n * 2);
        vs = Arrays.copyOf(vs, n * 2);
      }
      ks[n] = key(letters, 0, letters.length());
      vs[n] = weight;
      n++;
    }
    int capacity = Integer.highestOneBit(Math.max(16, n * 3)) << 1;
    long[] keys = new long[capacity];
    double[] values = new double[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      int slot = slot(ks[i], mask);
      while (keys[slot] != 0 && keys[slot] != ks[i]) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = ks[i];
      values[slot] = vs[i];
    }
    return new CrisisModel(keys, values, mask, bias);
  }

  /** The model's probability that the folded message is acute (the highest window's). */
  double score(String folded) {
    if (folded.isEmpty()) {
      return 0;
    }
    if (folded.length() <= WHOLE) {
      return new Window(folded.length()).probability(folded, 0, folded.length());
    }
    Window window = new Window(WINDOW);
    double best = 0;
    for (int from = 0; from < folded.length(); from += STRIDE) {
      int to = Math.min(folded.length(), from + WINDOW);
      best = Math.max(best, window.probability(folded, from, to));
      if (to == folded.length()) {
        break;
      }
    }
    return best;
  }

  boolean suspects(String folded) {
    return score(folded) >= THRESHOLD;
  }

  /**
   * What reading one window needs, made once per message and reused for each of its windows: the
   * window's letters between the start and end marks, and the set of runs already counted (a run
   * counts once per window; a slot belongs to the current window when its stamp is the window's).
   */
  private final class Window {
    private final char[] letters;
    private final long[] seen;
    private final int[] stamps;
    private final int seenMask;
    private int stamp;

    Window(int longest) {
      int size = Integer.highestOneBit(Math.max(64, 3 * (longest + 2))) << 2;
      this.letters = new char[longest + 2];
      this.seen = new long[size];
      this.stamps = new int[size];
      this.seenMask = size - 1;
    }

    /**
     * The window's probability: the bias and the weight of each distinct run, added in the order of
     * {@link #features} (single letters, then pairs, then triples), as the trainer adds them.
     */
    double probability(String text, int from, int to) {
      stamp++;
      int len = to - from + 2;
      letters[0] = '^';
      text.getChars(from, to, letters, 1);
      letters[len - 1] = '$';
      double z = bias;
      for (int n = 1; n <= 3; n++) {
        for (int i = 0; i + n <= len; i++) {
          long k = key(letters, i, n);
          if (firstTime(k)) {
            z += weight(k);
          }
        }
      }
      return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
    }

    private boolean firstTime(long k) {
      int slot = slot(k, seenMask);
      while (stamps[slot] == stamp) {
        if (seen[slot] == k) {
          return false;
        }
        slot = (slot + 1) & seenMask;
      }
      seen[slot] = k;
      stamps[slot] = stamp;
      return true;
    }
  }

  private double weight(long key) {
    int slot = slot(key, mask);
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  /**
   * Every run of one to three letters of {@code text[from, to)} with a start mark {@code ^} and an
   * end mark {@code $} around it, as keys (a run may repeat: the model counts it once).
   */
  static void features(String text, int from, int to, LongConsumer out) {
    int len = to - from + 2;
    char[] s = new char[len];
    s[0] = '^';
    text.getChars(from, to, s, 1);
    s[len - 1] = '$';
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= len; i++) {
        out.accept(key(s, i, n));
      }
    }
  }

  /** One to three letters packed into a nonzero long: 16 bits each and the length. */
  static long key(CharSequence s, int from, int n) {
    long k = n;
    for (int i = 0; i < n; i++) {
      k = (k << 16) | s.charAt(from + i);
    }
    return k;
  }

  private static long key(char[] s, int from, int n) {
    long k = n;
    for (int i = 0; i < n; i++) {
      k = (k << 16) | s[from + i];
    }
    return k;
  }

  /** The letters a key stands for (the trainer writes them). */
  static String letters(long key) {
    int n = (int) (key >>> 48 == 0 ? (key >>> 32 == 0 ? key >>> 16 : key >>> 32) : key >>> 48);
    char[] c = new char[n];
    for (int i = n - 1; i >= 0; i--) {
      c[i] = (char) (key & 0xFFFF);
      key >>>= 16;
    }
    return new String(c);
  }

  /** A tab, a newline or a backslash in the letters is written escaped. */
  static String escape(String letters) {
    return letters.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  private static String unescape(String letters) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (c == '\\' && i + 1 < letters.length()) {
        char next = letters.charAt(++i);
        b.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }
}
