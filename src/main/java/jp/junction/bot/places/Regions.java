package jp.junction.bot.places;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Regional names within a prefecture (泉州, 北摂, 多摩, 東讃, 道央) with the municipalities each covers, from
 * the curated {@code places/regions.tsv}; every member is checked to exist when it is read.
 */
final class Regions {

  static final String FILE = "regions.tsv";

  private final List<Gazetteer.Region> all;
  private final Map<String, List<Gazetteer.Region>> bySpelling = new HashMap<>();
  private final int longest;

  private Regions(List<Gazetteer.Region> all, Spelling spelling) {
    this.all = List.copyOf(all);
    int max = 0;
    for (Gazetteer.Region region : all) {
      for (String name : List.of(region.name(), region.kana())) {
        String key = Districts.key(spelling, name);
        bySpelling.computeIfAbsent(key, k -> new ArrayList<>()).add(region);
        max = Math.max(max, key.length());
      }
    }
    this.longest = max;
  }

  static Regions none(Spelling spelling) {
    return new Regions(List.of(), spelling);
  }

  /**
   * Reads regions.tsv: a member is a municipality of the row's prefecture (a designated city stands
   * for itself, the search reads its wards as it) or a county (郡) of it, meaning its towns and
   * villages. Stops with the line on an unknown prefecture or member.
   */
  static Regions read(InputStream in, List<Municipality> municipalities, Spelling spelling) {
    Map<String, Municipality> byName = new HashMap<>();
    Map<String, List<Municipality>> byCounty = new HashMap<>();
    Set<String> prefectures = new java.util.HashSet<>();
    for (Municipality m : municipalities) {
      prefectures.add(m.prefecture());
      if (!m.isWard()) {
        byName.put(m.key(), m);
        if (!m.county().isEmpty()) {
          byCounty
              .computeIfAbsent(m.prefecture() + "/" + m.county(), k -> new ArrayList<>())
              .add(m);
        }
      }
    }
    List<Gazetteer.Region> regions = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    List<String> header = List.of("prefecture", "region", "kana", "members", "source", "notes");
    for (DataLines.Row row : DataLines.read(FILE, in, "\t", header)) {
      String prefecture = row.cell(0);
      if (!prefectures.contains(prefecture)) {
        throw DataLines.problem(FILE, row, "unknown prefecture " + prefecture);
      }
      if (row.cell(1).length() < 2 || row.cell(2).isEmpty() || row.cell(4).isEmpty()) {
        throw DataLines.problem(FILE, row, "region, kana and source are required");
      }
      if (!seen.add(prefecture + "/" + row.cell(1))) {
        throw DataLines.problem(FILE, row, row.cell(1) + " is listed twice for " + prefecture);
      }
      Set<Municipality> members = new LinkedHashSet<>();
      for (String member : row.cell(3).split("\\|")) {
        Municipality town = byName.get(prefecture + "/" + member);
        List<Municipality> county = byCounty.get(prefecture + "/" + member);
        if (town != null) {
          members.add(town);
        } else if (county != null) {
          members.addAll(county);
        } else {
          throw DataLines.problem(
              FILE, row, member + " is not a municipality or county of " + prefecture);
        }
      }
      regions.add(
          new Gazetteer.Region(
              prefecture,
              row.cell(1),
              Readings.hiragana(row.cell(2)),
              List.copyOf(members),
              row.cell(4),
              row.cell(5)));
    }
    return new Regions(regions, spelling);
  }

  List<Gazetteer.Region> all() {
    return all;
  }

  boolean names(String folded) {
    return bySpelling.containsKey(folded);
  }

  /** A region name found in text: characters [start, end) and the regions of that name. */
  record Hit(int start, int end, List<Gazetteer.Region> regions) {}

  /** Region names in a folded text, longest first, not overlapping. */
  List<Hit> find(String folded) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      for (int len = Math.min(longest, folded.length() - i); len >= 2; len--) {
        List<Gazetteer.Region> found = bySpelling.get(folded.substring(i, i + len));
        if (found != null
            && (!WordEdges.isKana(folded.substring(i, i + len))
                || kanaBounded(folded, i, i + len))) {
          hits.add(new Hit(i, i + len, found));
          i += len - 1;
          break;
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  private static boolean kanaBounded(String text, int start, int end) {
    char previous = start == 0 ? ' ' : text.charAt(start - 1);
    boolean before =
        !WordEdges.isKana(previous) || WordEdges.PARTICLES_BEFORE.indexOf(previous) >= 0;
    boolean after =
        end == text.length()
            || !Character.isLetter(text.charAt(end))
            || WordEdges.PARTICLES.indexOf(text.charAt(end)) >= 0;
    return before && after;
  }
}
