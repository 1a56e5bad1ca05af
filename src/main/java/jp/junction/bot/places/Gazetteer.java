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
  private final Map<String, List<Neighbour>> neighbourCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Gazetteer(List<Municipality> municipalities, List<Prefecture> prefectures) {
    this.municipalities = List.copyOf(municipalities);
    for (Prefecture prefecture : prefectures) {
      prefecturesByName.put(prefecture.name(), prefecture);
      prefecturesByCode.put(prefecture.code(), prefecture);
    }
    for (Municipality municipality : this.municipalities) {
      byKey.putIfAbsent(municipality.key(), municipality);
    }
    this.matcher = new PlaceMatcher(this.municipalities, prefectures);
  }

  /** The gazetteer shipped inside the bot. */
  public static Gazetteer fromClasspath() {
    return read(open("places/municipalities.csv"), open("places/prefectures.csv"));
  }

  /** Reads the two gazetteer files (see index-data/README.md for their columns). */
  public static Gazetteer read(InputStream municipalities, InputStream prefectures) {
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
    return new Gazetteer(fillCityCentres(list), prefectureList);
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

  /** Place names, readings, romaji and near-miss spellings found in a free text. */
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

  /**
   * A place named in a text: the characters [start, end) of the normalised text, the places it may
   * mean (a prefecture, municipalities, or both for 大阪 / 和歌山), and whether it was only a near-miss
   * spelling.
   */
  public record Mention(
      int start,
      int end,
      String surface,
      Prefecture prefecture,
      List<Municipality> municipalities,
      boolean nearMiss) {

    public Mention {
      municipalities = List.copyOf(municipalities);
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
