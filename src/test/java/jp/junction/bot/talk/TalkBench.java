package jp.junction.bot.talk;

import java.util.Arrays;
import java.util.List;

/**
 * Time per message of {@link TalkReader#read} (not a test; bench/talk-figures.sh --time): short
 * messages (tokenised for the words view) and a 6,000-character story (only its last two sentences
 * are tokenised).
 */
public final class TalkBench {

  private TalkBench() {}

  public static void main(String[] args) {
    TalkReader reader = TalkDialogs.READER;
    String story = "母と二人で暮らしています。仕事を辞めてから、ほとんど部屋から出ていません。".repeat(160);
    List<String> rows = List.of("しんどすぎて寝れへん", "こんばんは、高松で家族会ありますか", "I can't sleep", story);
    for (String text : rows) {
      for (int i = 0; i < 2_000; i++) {
        reader.read(text, false);
      }
      long[] ns = new long[5_000];
      for (int i = 0; i < ns.length; i++) {
        long t = System.nanoTime();
        reader.read(text, false);
        ns[i] = System.nanoTime() - t;
      }
      Arrays.sort(ns);
      System.out.printf(
          "%5d chars  median %8.1f µs  p99 %8.1f µs%n",
          text.length(), ns[ns.length / 2] / 1e3, ns[ns.length * 99 / 100] / 1e3);
    }
  }
}
