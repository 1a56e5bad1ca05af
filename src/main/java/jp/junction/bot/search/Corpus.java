package jp.junction.bot.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.search.SearchResult.Resource;

/**
 * The loaded resources with their {@link Facts}, grouped by where they serve; a resource's position
 * ({@code ord}) is also its Lucene document's ord field. Immutable.
 */
final class Corpus {

  private static final double CELL_DEGREES = 0.05;

  private final List<Facts> facts;
  private static final int[] NONE = new int[0];

  private final Map<String, int[]> localsByTown;
  private final Map<String, int[]> localsByPrefecture;
  private final Map<String, int[]> prefectureWide;
  private final int[] national;
  private final Map<Long, int[]> grid;
  private final Map<String, Integer> placeWeights = new HashMap<>();

  Corpus(List<Resource> resources, LocalDate today) {
    List<Facts> list = resources.parallelStream().map(r -> Facts.of(r, today)).toList();
    Map<String, List<Integer>> localsByTown = new HashMap<>();
    Map<String, List<Integer>> localsByPrefecture = new HashMap<>();
    Map<String, List<Integer>> prefectureWide = new HashMap<>();
    List<Integer> national = new ArrayList<>();
    Map<Long, List<Integer>> grid = new HashMap<>();
    for (int ord = 0; ord < resources.size(); ord++) {
      Resource r = resources.get(ord);
      switch (r.coverage()) {
        case "local" -> {
          String key = r.prefecture() + "/" + r.municipality();
          localsByTown.computeIfAbsent(key, k -> new ArrayList<>()).add(ord);
          localsByPrefecture.computeIfAbsent(r.prefecture(), k -> new ArrayList<>()).add(ord);
          placeWeights.merge(key, 1, Integer::sum);
        }
        case "prefecture" ->
            prefectureWide.computeIfAbsent(r.prefecture(), k -> new ArrayList<>()).add(ord);
        default -> national.add(ord);
      }
      if (!r.prefecture().isEmpty()) {
        placeWeights.merge(r.prefecture(), 1, Integer::sum);
      }
      if (r.lat() != null && r.lon() != null) {
        grid.computeIfAbsent(cell(r.lat(), r.lon()), k -> new ArrayList<>()).add(ord);
      }
    }
    this.facts = List.copyOf(list);
    this.localsByTown = arrays(localsByTown);
    this.localsByPrefecture = arrays(localsByPrefecture);
    this.prefectureWide = arrays(prefectureWide);
    this.national = national.stream().mapToInt(Integer::intValue).toArray();
    this.grid = arrays(grid);
  }

  private static <K> Map<K, int[]> arrays(Map<K, List<Integer>> lists) {
    Map<K, int[]> arrays = new HashMap<>();
    lists.forEach((k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return arrays;
  }

  int size() {
    return facts.size();
  }

  /** The resources in ord order. */
  List<Resource> resources() {
    return facts.stream().map(Facts::resource).toList();
  }

  Facts get(int ord) {
    return facts.get(ord);
  }

  int[] locals(String townKey) {
    return localsByTown.getOrDefault(townKey, NONE);
  }

  int[] localsIn(String prefecture) {
    return localsByPrefecture.getOrDefault(prefecture, NONE);
  }

  int[] prefectureWide(String prefecture) {
    return prefectureWide.getOrDefault(prefecture, NONE);
  }

  int[] national() {
    return national;
  }

  /** Resources with coordinates in the grid cells around a point (a superset of the radius). */
  int[] around(double lat, double lon, double km) {
    double cellKm = CELL_DEGREES * 111.2;
    int latSpan = (int) Math.ceil(km / cellKm);
    int lonSpan = (int) Math.ceil(km / (cellKm * Math.cos(Math.toRadians(Math.abs(lat) + 1))));
    long latCell = Math.round(Math.floor(lat / CELL_DEGREES));
    long lonCell = Math.round(Math.floor(lon / CELL_DEGREES));
    List<int[]> found = new ArrayList<>();
    for (long i = latCell - latSpan; i <= latCell + latSpan; i++) {
      for (long j = lonCell - lonSpan; j <= lonCell + lonSpan; j++) {
        int[] cell = grid.get(i * 100_000 + j);
        if (cell != null) {
          found.add(cell);
        }
      }
    }
    return found.stream().flatMapToInt(java.util.Arrays::stream).toArray();
  }

  private static long cell(double lat, double lon) {
    return Math.round(Math.floor(lat / CELL_DEGREES)) * 100_000
        + Math.round(Math.floor(lon / CELL_DEGREES));
  }

  /** How many resources serve each town key and each prefecture (to settle ambiguous names). */
  Map<String, Integer> placeWeights() {
    return placeWeights;
  }
}
