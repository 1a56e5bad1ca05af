package jp.junction.bot.safety;

/** Which vowel a hiragana letter ends in, for folding elongation. */
final class Kana {

  static final String VOWELS = "あいうえお";
  static final String SMALL_VOWELS = "ぁぃぅぇぉ";
  private static final String[] ROWS = {
    "あかさたなはまやらわがざだばぱぁゃゎ",
    "いきしちにひみりぎじぢびぴぃ",
    "うくすつぬふむゆるぐずづぶぷぅゅっゔ",
    "えけせてねへめれげぜでべぺぇ",
    "おこそとのほもよろをごぞどぼぽぉょ"
  };

  private Kana() {}

  /** 0 to 4 for a, i, u, e, o; -1 for anything else (ん, kanji, Latin). */
  static int vowelOf(int c) {
    for (int v = 0; v < ROWS.length; v++) {
      if (ROWS[v].indexOf(c) >= 0) {
        return v;
      }
    }
    return -1;
  }

  static boolean isHiragana(int c) {
    return c >= 0x3041 && c <= 0x3096;
  }
}
