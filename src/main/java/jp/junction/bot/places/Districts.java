package jp.junction.bot.places;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Town-area names (町域: 難波, 梅田, 泉中央) and the municipalities that have one of that name, from {@code
 * places/districts.csv} (built by tools/gazetteer from Japan Post's data, ordinary words left out).
 * Found in text only where they stand as a word of their own: not inside a longer run of kanji
 * (田中先生 is no 田中), and followed by a particle, a place word (駅, 周辺, あたり …), punctuation or the end.
 */
final class Districts {

  static final String FILE = "districts.csv";

  static final String STATIONS = "stations.tsv";

  /** Kanji a district name may be followed by: 梅田駅, 難波周辺, 泉中央在住, 梅田以外. */
  private static final List<String> PLACE_WORDS =
      List.of(
          "駅", "周辺", "付近", "近辺", "辺", "近", "地区", "地域", "界隈", "方面", "在住", "住", "寄", "出身", "以外", "外",
          "内", "側", "方", "あたり", "まわり", "らへん", "へん", "えりあ");

  /** Particles a district name may be followed by (難波で, 梅田の, 梅田か難波). */
  private static final String PARTICLES = "でにのはをへやとかもだがよねまっ";

  /** A district name found in text: characters [start, end) and the municipalities it may mean. */
  record Hit(int start, int end, List<Municipality> municipalities) {}

  private final List<Municipality> municipalities;
  private final Map<String, int[]> byName = new HashMap<>();
  private final Map<String, int[]> byKana = new HashMap<>();
  private final java.util.Set<String> stations = new java.util.HashSet<>();
  private int longest;

  private Districts(List<Municipality> municipalities, int longest) {
    this.municipalities = municipalities;
    this.longest = longest;
  }

  /** No districts (a gazetteer read without the file). */
  static Districts none() {
    return new Districts(List.of(), 0);
  }

  /**
   * Reads districts.csv; {@code isPlaceName} tells spellings that already name a prefecture or
   * municipality, which never become districts (新宿 is 新宿区, 冨岡 is 富岡).
   */
  static Districts read(
      InputStream in,
      List<Municipality> municipalities,
      Spelling spelling,
      Predicate<String> isPlaceName) {
    Map<String, Integer> byCode = new HashMap<>();
    for (int i = 0; i < municipalities.size(); i++) {
      byCode.put(municipalities.get(i).code(), i);
    }
    List<DataLines.Row> rows = DataLines.read(FILE, in, ",", List.of("name", "kana", "codes"));
    Map<String, int[]> names = new HashMap<>(rows.size() * 2);
    Map<String, int[]> kana = new HashMap<>();
    int longest = 0;
    for (DataLines.Row row : rows) {
      String[] codes = row.cell(2).split("\\|");
      int[] towns = new int[codes.length];
      for (int i = 0; i < codes.length; i++) {
        Integer index = byCode.get(codes[i]);
        if (index == null) {
          throw DataLines.problem(FILE, row, "municipality code " + codes[i] + " is not known");
        }
        towns[i] = index;
      }
      String name = key(spelling, row.cell(0));
      if (name.length() < 2) {
        throw DataLines.problem(FILE, row, "a district name needs 2 characters or more");
      }
      if (isPlaceName.test(name)) {
        continue;
      }
      names.merge(name, towns, Districts::union);
      longest = Math.max(longest, name.length());
      if (!row.cell(1).isEmpty()) {
        kana.merge(Readings.hiragana(row.cell(1)), towns, Districts::union);
      }
    }
    Districts districts = new Districts(List.copyOf(municipalities), longest);
    districts.byName.putAll(names);
    kana.forEach(
        (reading, towns) -> {
          if (!isPlaceName.test(reading)) {
            districts.byKana.put(reading, towns);
          }
        });
    return districts;
  }

  /**
   * Adds the curated stations (stations.tsv): 「志木駅」 is the town the station stands in (新座市), and so
   * is the bare name where the file says it may stand alone (石神井公園, りんくうタウン). Stops with the line
   * on an unknown municipality.
   */
  Districts withStations(InputStream in, Spelling spelling) {
    List<DataLines.Row> rows =
        DataLines.read(
            STATIONS,
            in,
            "\t",
            List.of("prefecture", "station", "kana", "municipality", "bare", "notes"));
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < municipalities.size(); i++) {
      byKey.putIfAbsent(municipalities.get(i).key(), i);
    }
    for (DataLines.Row row : rows) {
      Integer town = byKey.get(row.cell(0) + "/" + row.cell(3));
      if (town == null) {
        throw DataLines.problem(STATIONS, row, row.cell(0) + "/" + row.cell(3) + " is not known");
      }
      if (!List.of("yes", "no").contains(row.cell(4))) {
        throw DataLines.problem(STATIONS, row, "bare must be yes or no");
      }
      int[] towns = {town};
      String name = key(spelling, row.cell(1));
      stations.add(name + "駅");
      byName.put(name + "駅", towns);
      longest = Math.max(longest, name.length() + 1);
      if (row.cell(4).equals("yes")) {
        stations.add(name);
        (isKana(name) ? byKana : byName).put(name, towns);
        String kana = Readings.hiragana(row.cell(2));
        if (kana.length() >= 5 && isKana(kana)) {
          stations.add(kana); // しゃくじいこうえん: a reading long enough to be no everyday word
          byKana.put(kana, towns);
        }
      }
    }
    return this;
  }

  /**
   * The end of a station name at {@code i}, with 駅 (志木駅) or one that may stand alone (和泉府中), or -1:
   * read as the station's town rather than as the towns it is named after (志木市, 和泉市 and 府中市).
   */
  int stationAt(String folded, int i) {
    for (int end = Math.min(folded.length(), i + longest); end > i + 2; end--) {
      if (stations.contains(folded.substring(i, end)) && endsWord(folded, end)) {
        return end;
      }
    }
    return -1;
  }

  /**
   * The end of the longest kanji district name at {@code i} standing as a word, at least {@code
   * minEnd}, or -1: 大泉学園 read whole rather than as the town 大泉 and a rest.
   */
  int longestAt(String folded, int i, int minEnd) {
    for (int end = Math.min(folded.length(), i + longest); end >= minEnd; end--) {
      String piece = folded.substring(i, end);
      if (!isKana(piece) && byName.containsKey(piece) && endsWord(folded, end)) {
        return end;
      }
    }
    return -1;
  }

  int size() {
    return byName.size();
  }

  /** The municipalities with a town area of this folded spelling (empty when none). */
  List<Municipality> named(String folded) {
    int[] towns = byName.get(folded);
    return towns == null ? List.of() : towns(towns);
  }

  /**
   * District names in a folded text, longest first, outside the characters already {@code taken} by
   * other place names; {@code placeEnds} marks where another place name ends (大阪梅田).
   */
  List<Hit> find(String folded, boolean[] taken, boolean[] placeEnds) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      if (taken[i] || !startsWord(folded, i, placeEnds)) {
        continue;
      }
      for (int len = Math.min(longest, folded.length() - i); len >= 2; len--) {
        if (taken[i + len - 1]) {
          continue;
        }
        String piece = folded.substring(i, i + len);
        int[] towns = isKana(piece) ? byKana.get(piece) : byName.get(piece);
        if (towns != null
            && endsWord(folded, i + len)
            && (!isKana(piece) || kanaStarts(folded, i))) {
          hits.add(new Hit(i, i + len, towns(towns)));
          i += len - 1;
          break;
        }
      }
    }
    return hits;
  }

  private List<Municipality> towns(int[] indices) {
    List<Municipality> out = new ArrayList<>(indices.length);
    for (int index : indices) {
      out.add(municipalities.get(index));
    }
    return out;
  }

  private static boolean startsWord(String text, int i, boolean[] placeEnds) {
    return i == 0 || placeEnds[i] || !isKanji(text.charAt(i - 1));
  }

  /**
   * A reading in kana starts a word: at the start, after anything but kana, or after a particle
   * that lists places (か, や, と) and itself follows a non-kana (梅田かなんば, 梅田やなんば).
   */
  private static boolean kanaStarts(String text, int i) {
    if (i == 0 || !isKanaChar(text.charAt(i - 1))) {
      return true;
    }
    return "かやと".indexOf(text.charAt(i - 1)) >= 0 && (i == 1 || !isKanaChar(text.charAt(i - 2)));
  }

  private static boolean endsWord(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    char next = text.charAt(end);
    if (PARTICLES.indexOf(next) >= 0 || !(isKanji(next) || isKanaChar(next))) {
      return true;
    }
    for (String word : PLACE_WORDS) {
      if (text.startsWith(word, end)) {
        return true;
      }
    }
    return false;
  }

  static String key(Spelling spelling, String name) {
    return spelling.fold(Readings.hiragana(Readings.normalize(name)));
  }

  private static int[] union(int[] a, int[] b) {
    return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
        .distinct()
        .toArray();
  }

  private static boolean isKana(String text) {
    return text.chars().allMatch(c -> isKanaChar((char) c));
  }

  private static boolean isKanaChar(char c) {
    return (c >= 'ぁ' && c <= 'ゖ') || c == 'ー';
  }

  private static boolean isKanji(char c) {
    return c == '々' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
