package jp.junction.bot.places;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.exchange.ExchangeFormatException;

/**
 * Japan's prefectures and municipalities, loaded from the classpath ({@code
 * places/municipalities.csv}, {@code places/prefectures.csv}) or from streams. Immutable and
 * thread-safe.
 */
public final class Gazetteer {

  private static final double EARTH_RADIUS_KM = 6371.0;
  private static final double CACHED_KM = 50;

  private final List<Municipality> municipalities;
  private final Map<String, Municipality> byKey = new HashMap<>();
  private final Map<String, Prefecture> prefecturesByName = new LinkedHashMap<>();
  private final Map<String, Prefecture> prefecturesByCode = new HashMap<>();
  private final PlaceMatcher matcher;
  private final Regions regions;
  private final Map<String, List<Neighbour>> neighbourCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Gazetteer(
      List<Municipality> municipalities, List<Prefecture> prefectures, Sources sources) {
    this.municipalities = List.copyOf(municipalities);
    for (Prefecture prefecture : prefectures) {
      prefecturesByName.put(prefecture.name(), prefecture);
      prefecturesByCode.put(prefecture.code(), prefecture);
    }
    for (Municipality municipality : this.municipalities) {
      byKey.putIfAbsent(municipality.key(), municipality);
    }
    Spelling spelling = Spelling.read(open("places/" + Spelling.FILE));
    this.regions =
        sources.regions() == null
            ? Regions.none(spelling)
            : Regions.read(sources.regions(), this.municipalities, spelling);
    SameReading sameReading =
        sources.kanjiReadings() == null
            ? SameReading.none()
            : SameReading.read(sources.kanjiReadings());
    this.matcher =
        new PlaceMatcher(
            this.municipalities,
            prefectures,
            spelling,
            sameReading,
            isPlaceName ->
                sources.districts() == null
                    ? Districts.none()
                    : Districts.read(
                        sources.districts(),
                        sources.stations(),
                        sources.formerTowns(),
                        this.municipalities,
                        spelling,
                        name -> isPlaceName.test(name) || regions.names(name)));
  }

  /** The optional files beside the two main ones (null when absent). */
  private record Sources(
      InputStream districts,
      InputStream stations,
      InputStream formerTowns,
      InputStream kanjiReadings,
      InputStream regions) {}

  /**
   * The gazetteer shipped inside the bot, with its districts and kanji readings: read once per
   * class loader (it is immutable, and reading the 77,000 districts takes a moment).
   */
  public static Gazetteer fromClasspath() {
    return Shipped.GAZETTEER;
  }

  private static final class Shipped {
    static final Gazetteer GAZETTEER =
        read(
            open("places/municipalities.csv"),
            open("places/prefectures.csv"),
            open("places/" + Districts.FILE),
            open("places/" + Districts.STATIONS),
            open("places/" + Districts.FORMER_TOWNS),
            open("places/" + SameReading.FILE),
            open("places/" + Regions.FILE));
  }

  /** Reads the two gazetteer files (see index-data/README.md for their columns). */
  public static Gazetteer read(InputStream municipalities, InputStream prefectures) {
    return read(municipalities, prefectures, null, null, null, null, null);
  }

  /**
   * Reads the gazetteer files; {@code districts} (districts.csv), {@code stations} (stations.tsv)
   * and {@code formerTowns} (former-towns.tsv, both read only with the districts), {@code
   * kanjiReadings} (kanji-readings.csv) and {@code regions} (regions.tsv) may be null.
   */
  public static Gazetteer read(
      InputStream municipalities,
      InputStream prefectures,
      InputStream districts,
      InputStream stations,
      InputStream formerTowns,
      InputStream kanjiReadings,
      InputStream regions) {
    ExchangeCsv.Table towns =
        ExchangeCsv.read(
            "municipalities.csv", municipalities, java.util.Set.of("code", "prefecture", "name"));
    ExchangeCsv.Table prefs =
        ExchangeCsv.read("prefectures.csv", prefectures, java.util.Set.of("code", "name"));
    if (!towns.problems().isEmpty() || !prefs.problems().isEmpty()) {
      List<ExchangeCsv.Problem> all = new ArrayList<>(towns.problems());
      all.addAll(prefs.problems());
      throw new ExchangeFormatException("gazetteer has broken rows: " + all);
    }
    List<Municipality> list = new ArrayList<>();
    for (ExchangeCsv.Row row : towns.rows()) {
      list.add(
          new Municipality(
              row.get("code"),
              row.get("prefecture"),
              row.get("county"),
              row.get("parent"),
              row.get("name"),
              Readings.hiragana(row.get("kana")),
              number(row.get("lat")),
              number(row.get("lon"))));
    }
    List<Prefecture> prefectureList = new ArrayList<>();
    for (ExchangeCsv.Row row : prefs.rows()) {
      String adjacent = row.get("adjacent");
      prefectureList.add(
          new Prefecture(
              row.get("code"),
              row.get("name"),
              Readings.hiragana(row.get("kana")),
              adjacent.isEmpty() ? java.util.Set.of() : java.util.Set.of(adjacent.split("\\|"))));
    }
    return new Gazetteer(
        fillCityCentres(list),
        prefectureList,
        new Sources(districts, stations, formerTowns, kanjiReadings, regions));
  }

  public List<Municipality> municipalities() {
    return municipalities;
  }

  public Optional<Municipality> municipality(String prefecture, String name) {
    return Optional.ofNullable(byKey.get(prefecture + "/" + name));
  }

  public Optional<Prefecture> prefecture(String name) {
    return Optional.ofNullable(prefecturesByName.get(name));
  }

  /** The city a ward belongs to (itself when not a ward, or when the city is unknown). */
  public Municipality cityOf(Municipality municipality) {
    if (!municipality.isWard()) {
      return municipality;
    }
    return municipality(municipality.prefecture(), municipality.parent()).orElse(municipality);
  }

  /** The regional names (泉州, 北摂, 多摩 …) with the municipalities each covers. */
  public List<Region> regions() {
    return regions.all();
  }

  /** The municipalities with a town area (町域) spelled as {@code text} (empty when none). */
  List<Municipality> districtTowns(String text) {
    return matcher.districtTowns(text);
  }

  /**
   * Regional names (泉州, 西讃, 中毛) in a free text, in order, each with the regions of that name (one
   * per prefecture that has it); positions are those of the normalised text, as for {@link
   * #mentions}.
   */
  public List<RegionMention> regionMentions(String text) {
    String folded = spelling().fold(Readings.hiragana(Readings.normalize(text)));
    return regions.find(folded).stream()
        .map(
            h ->
                new RegionMention(
                    h.start(), h.end(), folded.substring(h.start(), h.end()), h.regions()))
        .toList();
  }

  /** A regional name found in a text: characters [start, end) and the regions it may mean. */
  public record RegionMention(int start, int end, String surface, List<Region> regions) {
    public RegionMention {
      regions = List.copyOf(regions);
    }
  }

  Spelling spelling() {
    return matcher.spelling();
  }

  /**
   * A regional name within a prefecture and the municipalities it covers (a designated city stands
   * for its wards), with where the fact comes from.
   */
  public record Region(
      String prefecture,
      String name,
      String kana,
      List<Municipality> municipalities,
      String source,
      String notes) {}

  /** How many town-area names (町域) the gazetteer knows. */
  public int districtCount() {
    return matcher.districtCount();
  }

  /**
   * Place names found in a free text: names, readings, romaji, variant kanji, town-area names, and
   * (only when nothing else names a town) near-miss and same-reading guesses.
   */
  public List<Mention> mentions(String text) {
    return matcher.mentions(text);
  }

  /** The municipality whose centre is nearest to a point (wards count as their city). */
  public Optional<Municipality> nearest(double lat, double lon) {
    return municipalities.stream()
        .filter(Municipality::hasCoordinates)
        .min(Comparator.comparingDouble(m -> distanceKm(lat, lon, m.lat(), m.lon())))
        .map(this::cityOf);
  }

  /**
   * Towns near a municipality, nearest first: centres within {@code capKm}, in the same or an
   * adjacent prefecture; wards of a designated city stand for their city.
   */
  public List<Neighbour> neighbours(Municipality town, double capKm) {
    List<Neighbour> all =
        capKm <= CACHED_KM
            ? neighbourCache.computeIfAbsent(
                cityOf(town).key(), k -> computeNeighbours(town, CACHED_KM))
            : computeNeighbours(town, capKm);
    return all.stream().filter(n -> n.distanceKm() <= capKm).toList();
  }

  private List<Neighbour> computeNeighbours(Municipality town, double capKm) {
    Municipality home = cityOf(town);
    if (!home.hasCoordinates()) {
      return List.of();
    }
    Prefecture own = prefecturesByName.get(home.prefecture());
    Map<String, Neighbour> found = new LinkedHashMap<>();
    municipalities.stream()
        .filter(Municipality::hasCoordinates)
        .filter(m -> !cityOf(m).key().equals(home.key()))
        .filter(m -> own == null || sameOrAdjacent(own, m.prefecture()))
        .map(m -> new Neighbour(cityOf(m), distanceKm(home.lat(), home.lon(), m.lat(), m.lon())))
        .filter(n -> n.distanceKm() <= capKm)
        .sorted(Comparator.comparingDouble(Neighbour::distanceKm))
        .forEach(n -> found.putIfAbsent(n.municipality().key(), n));
    return List.copyOf(found.values());
  }

  /**
   * Distance in km between two points (equirectangular: within 0.5% of great-circle distance over
   * the few hundred km that matter here, and cheap enough for every candidate).
   */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    double y = Math.toRadians(lat2 - lat1);
    return EARTH_RADIUS_KM * Math.sqrt(x * x + y * y);
  }

  /** A town near another, with the distance between their centres. */
  public record Neighbour(Municipality municipality, double distanceKm) {}

  /** How a place name was found in a text. */
  public enum Match {
    /** as the gazetteer spells it (or by its reading or romaji) */
    EXACT,
    /** with variant kanji or ヶ/ケ/が folded (塩釜 for 塩竈, 長﨑 for 長崎) */
    VARIANT,
    /** a town-area name (町域: 難波, 梅田) standing for its municipality */
    DISTRICT,
    /** kanji that read like a place's name (高末 → 高松, 満濃町 → まんのう町): a guess */
    SAME_READING,
    /** a kanji name with one wrong character (東久留目): a guess */
    NEAR_MISS
  }

  /**
   * A place named in a text: the characters [start, end) of the normalised text, the places it may
   * mean (a prefecture, municipalities, or both for 大阪 / 和歌山; for a district the municipalities
   * that have it, narrowed by the other places in the text), and how it was found.
   */
  public record Mention(
      int start,
      int end,
      String surface,
      Prefecture prefecture,
      List<Municipality> municipalities,
      Match match) {

    public Mention {
      municipalities = List.copyOf(municipalities);
    }

    /** Whether the place is only a guess from a misspelling (near miss or same reading). */
    public boolean nearMiss() {
      return match == Match.NEAR_MISS || match == Match.SAME_READING;
    }
  }

  private boolean sameOrAdjacent(Prefecture own, String other) {
    Prefecture prefecture = prefecturesByName.get(other);
    return own.name().equals(other)
        || prefecture == null
        || own.adjacentCodes().contains(prefecture.code());
  }

  private static List<Municipality> fillCityCentres(List<Municipality> list) {
    Map<String, double[]> sums = new HashMap<>();
    for (Municipality m : list) {
      if (m.isWard() && m.hasCoordinates()) {
        double[] sum = sums.computeIfAbsent(m.prefecture() + "/" + m.parent(), k -> new double[3]);
        sum[0] += m.lat();
        sum[1] += m.lon();
        sum[2]++;
      }
    }
    return list.stream()
        .map(
            m -> {
              double[] sum = sums.get(m.key());
              return m.hasCoordinates() || sum == null
                  ? m
                  : new Municipality(
                      m.code(),
                      m.prefecture(),
                      m.county(),
                      m.parent(),
                      m.name(),
                      m.kana(),
                      sum[0] / sum[2],
                      sum[1] / sum[2]);
            })
        .toList();
  }

  private static Double number(String cell) {
    return cell.isEmpty() ? null : Double.valueOf(cell);
  }

  private static InputStream open(String resource) {
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new ExchangeFormatException(resource + ": not found on the classpath");
    }
    return in;
  }
}
