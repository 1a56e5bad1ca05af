package jp.junction.bot.places;

import static jp.junction.bot.places.WordEdges.isKana;
import static jp.junction.bot.places.WordEdges.isKanji;

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

  /** The fewest kana a bare reading (a station's, a former town's without 町) needs to be read. */
  private static final int BARE_READING_LEAST = 5;

  static final String FILE = "districts.csv";

  static final String STATIONS = "stations.tsv";

  static final String FORMER_TOWNS = "former-towns.tsv";

  /** A district name found in text: characters [start, end) and the municipalities it may mean. */
  record Hit(int start, int end, List<Municipality> municipalities) {}

  private final List<Municipality> municipalities;
  private final Map<String, int[]> byName = new HashMap<>();
  private final Map<String, int[]> byKana = new HashMap<>();
  private final java.util.Set<String> stations = new java.util.HashSet<>();
  private final int longest;

  private Districts(
      List<Municipality> municipalities,
      Map<String, int[]> byName,
      Map<String, int[]> byKana,
      java.util.Set<String> stations) {
    this.municipalities = municipalities;
    this.byName.putAll(byName);
    this.byKana.putAll(byKana);
    this.stations.addAll(stations);
    this.longest = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** No districts (a gazetteer read without the file). */
  static Districts none() {
    return new Districts(List.of(), Map.of(), Map.of(), java.util.Set.of());
  }

  /**
   * Reads districts.csv and, when given, the curated stations (stations.tsv); {@code isPlaceName}
   * tells spellings that already name a prefecture or municipality, which never become districts or
   * bare station names (新宿 is 新宿区, 冨岡 is 富岡).
   */
  static Districts read(
      InputStream in,
      InputStream stations,
      InputStream formerTowns,
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
      if (!row.cell(1).isEmpty()) {
        kana.merge(Readings.hiragana(row.cell(1)), towns, Districts::union);
      }
    }
    kana.keySet().removeIf(isPlaceName);
    java.util.Set<String> stationNames = new java.util.HashSet<>();
    if (stations != null) {
      readStations(stations, municipalities, spelling, isPlaceName, names, kana, stationNames);
    }
    if (formerTowns != null) {
      readFormerTowns(formerTowns, municipalities, spelling, isPlaceName, names, kana);
    }
    return new Districts(List.copyOf(municipalities), names, kana, stationNames);
  }

  /**
   * Adds the curated stations (stations.tsv): 「志木駅」 is the town the station stands in (新座市), and so
   * is the bare name where the file says it may stand alone (石神井公園, りんくうタウン), unless it already
   * names a place. Stops with the line on an unknown municipality, a bare column other than yes or
   * no, or a station listed twice for a prefecture.
   */
  private static void readStations(
      InputStream in,
      List<Municipality> municipalities,
      Spelling spelling,
      Predicate<String> isPlaceName,
      Map<String, int[]> names,
      Map<String, int[]> kana,
      java.util.Set<String> stations) {
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
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (DataLines.Row row : rows) {
      Integer town = byKey.get(row.cell(0) + "/" + row.cell(3));
      if (town == null) {
        throw DataLines.problem(STATIONS, row, row.cell(0) + "/" + row.cell(3) + " is not known");
      }
      if (!List.of("yes", "no").contains(row.cell(4))) {
        throw DataLines.problem(STATIONS, row, "bare must be yes or no");
      }
      if (!seen.add(row.cell(0) + "/" + row.cell(1))) {
        throw DataLines.problem(STATIONS, row, row.cell(1) + " is listed twice for " + row.cell(0));
      }
      int[] towns = {town};
      String name = key(spelling, row.cell(1));
      stations.add(name + "駅");
      names.merge(name + "駅", towns, Districts::union);
      if (row.cell(4).equals("yes") && !isPlaceName.test(name)) {
        stations.add(name);
        (isKana(name) ? kana : names).merge(name, towns, Districts::union);
        String reading = Readings.hiragana(row.cell(2));
        if (reading.length() >= BARE_READING_LEAST
            && isKana(reading)
            && !isPlaceName.test(reading)) {
          stations.add(reading); // しゃくじいこうえん: a reading long enough to be no everyday word
          kana.merge(reading, towns, Districts::union);
        }
      }
    }
  }

  /**
   * Adds the former municipalities (former-towns.tsv) as names of the one they became: 満濃町 and,
   * where the file says the name may stand alone, 満濃 and まんのう are まんのう町, as a town area is. A name
   * that is also a place today is left out. Stops with the line on an unknown municipality, a
   * former name without 市/町/村, a bare column other than yes or no, or a name listed twice.
   */
  private static void readFormerTowns(
      InputStream in,
      List<Municipality> municipalities,
      Spelling spelling,
      Predicate<String> isPlaceName,
      Map<String, int[]> names,
      Map<String, int[]> kana) {
    List<DataLines.Row> rows =
        DataLines.read(
            FORMER_TOWNS,
            in,
            "\t",
            List.of("prefecture", "former", "kana", "municipality", "bare", "source"));
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < municipalities.size(); i++) {
      byKey.putIfAbsent(municipalities.get(i).key(), i);
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (DataLines.Row row : rows) {
      Integer town = byKey.get(row.cell(0) + "/" + row.cell(3));
      if (town == null) {
        throw DataLines.problem(
            FORMER_TOWNS, row, row.cell(0) + "/" + row.cell(3) + " is not known");
      }
      String former = row.cell(1);
      if (former.length() < 3 || "市町村".indexOf(former.charAt(former.length() - 1)) < 0) {
        throw DataLines.problem(FORMER_TOWNS, row, former + " needs its 市, 町 or 村");
      }
      if (!List.of("yes", "no").contains(row.cell(4))) {
        throw DataLines.problem(FORMER_TOWNS, row, "bare must be yes or no");
      }
      if (!seen.add(row.cell(0) + "/" + former)) {
        throw DataLines.problem(FORMER_TOWNS, row, former + " is listed twice for " + row.cell(0));
      }
      int[] towns = {town};
      String name = key(spelling, former);
      String reading = Readings.hiragana(row.cell(2));
      List<String> spellings = new ArrayList<>(List.of(name));
      List<String> readings = new ArrayList<>(List.of(reading));
      if (row.cell(4).equals("yes")) {
        spellings.add(name.substring(0, name.length() - 1));
        readings.add(reading.replaceFirst("(し|ちょう|まち|むら|そん)$", ""));
      }
      for (String written : spellings) {
        if (written.length() >= 2 && !isPlaceName.test(written)) {
          names.merge(written, towns, Districts::union);
        }
      }
      for (int i = 0; i < readings.size(); i++) {
        String r = readings.get(i);
        // A bare reading is held to the stations' length: はるな, たくま and やしま are also names
        // of people (ハルナです), so only the full reading (はるなまち) is read as the old town.
        int least = i == 0 ? 3 : BARE_READING_LEAST;
        if (r.length() >= least && isKana(r) && !isPlaceName.test(r)) {
          kana.merge(r, towns, Districts::union);
        }
      }
    }
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
    // 旧 before a name is the old town (旧琴南町, 旧田無市), not a longer word
    return i == 0 || placeEnds[i] || !isKanji(text.charAt(i - 1)) || text.charAt(i - 1) == '旧';
  }

  /**
   * A reading in kana starts a word: at the start, after anything but kana, or after a particle
   * that lists places (か, や, と) and itself follows a non-kana (梅田かなんば, 梅田やなんば).
   */
  private static boolean kanaStarts(String text, int i) {
    if (i == 0 || !isKana(text.charAt(i - 1))) {
      return true;
    }
    return WordEdges.LISTING_PARTICLES.indexOf(text.charAt(i - 1)) >= 0
        && (i == 1 || !isKana(text.charAt(i - 2)));
  }

  private static boolean endsWord(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    char next = text.charAt(end);
    if (WordEdges.PARTICLES_AND_ENDINGS.indexOf(next) >= 0 || !(isKanji(next) || isKana(next))) {
      return true;
    }
    for (String word : WordEdges.AFTER_DISTRICT) {
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
}
