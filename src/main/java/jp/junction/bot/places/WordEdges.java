package jp.junction.bot.places;

import java.util.List;

/**
 * Where a place name stands as a word of its own in Japanese text: which script a character is
 * written in, the particles that may come before or after a name, and the place words that may
 * follow one (高松市内, 梅田駅, 難波周辺). Shared by the matcher, the districts and the regions.
 */
final class WordEdges {

  /** Particles a kana-only place name may be followed by (たかまつで, まんのうの). */
  static final String PARTICLES = "でにのはをへやとかもだ";

  /** Particles and endings a district name may be followed by as well (梅田が, 難波まで, 梅田よね). */
  static final String PARTICLES_AND_ENDINGS = PARTICLES + "がよねまっ";

  /** Particles a kana region name may follow (県のとうさん, 北摂やせんしゅう). */
  static final String PARTICLES_BEFORE = "のでにはとかや";

  /** Particles that list places, after which a kana district name starts a word (梅田かなんば). */
  static final String LISTING_PARTICLES = "かやと";

  /** Kanji words that may follow a municipality's name (多摩地域, 高松市内, 丸亀駅, 前橋在住). */
  static final List<String> AFTER_TOWN =
      List.of(
          "地域", "地区", "地方", "全域", "全体", "周辺", "付近", "近辺", "近郊", "近く", "界隈", "方面", "在住", "住", "出身",
          "以外", "外", "内", "側", "方", "駅", "市", "町", "村", "区", "郡", "県", "府", "都", "辺", "近", "寄", "民",
          "育", "生", "在", "限定", "中心", "市街");

  /** Words that may follow a district name: 梅田駅, 難波周辺, 泉中央在住, 梅田以外, 梅田あたり. */
  static final List<String> AFTER_DISTRICT =
      List.of(
          "駅", "周辺", "付近", "近辺", "辺", "近", "地区", "地域", "界隈", "方面", "在住", "住", "寄", "出身", "以外", "外",
          "内", "側", "方", "あたり", "まわり", "らへん", "へん", "えりあ");

  private WordEdges() {}

  /** Hiragana or the long-vowel mark (the matcher reads katakana as hiragana). */
  static boolean isKana(char c) {
    return (c >= 'ぁ' && c <= 'ゖ') || c == 'ー';
  }

  static boolean isKana(String text) {
    return text.chars().allMatch(c -> isKana((char) c));
  }

  /** A kanji, or the repeat mark 々 (野々市, 佐々町). */
  static boolean isKanji(int c) {
    return c == '々' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
