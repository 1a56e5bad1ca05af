package jp.junction.bot.booklet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.booklet.AreaList.Group;
import jp.junction.bot.booklet.AreaList.Section;
import jp.junction.bot.booklet.AreaList.Tier;
import jp.junction.bot.places.Areas;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Category;

/**
 * Sorts the resources into an area's list: a local resource of a chosen town (or of any town of a
 * chosen prefecture) is local, one of a town near a chosen town is a neighbour (nearest town
 * first), a prefecture-wide one of a chosen area's prefecture is prefecture-wide, a national or
 * online one is national; everything else is left out.
 */
final class AreaEntries {

  private final Areas areas;
  private final Gazetteer gazetteer;

  AreaEntries(Areas areas, Gazetteer gazetteer) {
    this.areas = areas;
    this.gazetteer = gazetteer;
  }

  AreaList list(List<Areas.Area> chosen, List<Resource> resources) {
    Map<String, Integer> towns = new HashMap<>();
    Set<String> wholePrefectures = new HashSet<>();
    Map<String, Integer> prefectures = new HashMap<>();
    for (Areas.Area a : chosen) {
      prefectures.putIfAbsent(a.prefecture(), prefectures.size());
      if (a.wholePrefecture()) {
        wholePrefectures.add(a.prefecture());
      } else {
        towns.putIfAbsent(a.prefecture() + "/" + a.municipality(), towns.size());
      }
    }
    Map<String, Integer> near = new HashMap<>();
    for (Areas.Area a : chosen) {
      for (Areas.Area n : areas.neighbours(a)) {
        String key = n.prefecture() + "/" + n.municipality();
        if (!towns.containsKey(key) && !wholePrefectures.contains(n.prefecture())) {
          near.putIfAbsent(key, near.size());
        }
      }
    }
    Map<Category, Map<Tier, List<Placed>>> byKind = new EnumMap<>(Category.class);
    for (Resource r : resources) {
      if (r.categories().isEmpty()) {
        continue;
      }
      Placed placed = place(r, towns, wholePrefectures, near, prefectures);
      if (placed != null) {
        byKind
            .computeIfAbsent(r.categories().iterator().next(), k -> new EnumMap<>(Tier.class))
            .computeIfAbsent(placed.tier(), k -> new ArrayList<>())
            .add(placed);
      }
    }
    List<Section> sections = new ArrayList<>();
    byKind.forEach(
        (kind, tiers) -> {
          List<Group> groups = new ArrayList<>();
          tiers.forEach(
              (tier, list) ->
                  groups.add(
                      new Group(
                          tier,
                          list.stream()
                              .sorted(
                                  Comparator.comparingInt(Placed::rank)
                                      .thenComparing(p -> sortName(p.resource()))
                                      .thenComparing(p -> p.resource().id()))
                              .map(Placed::resource)
                              .toList())));
          sections.add(new Section(kind, groups));
        });
    return new AreaList(chosen, sections);
  }

  private Placed place(
      Resource r,
      Map<String, Integer> towns,
      Set<String> wholePrefectures,
      Map<String, Integer> near,
      Map<String, Integer> prefectures) {
    String prefecture = r.prefecture() == null ? "" : r.prefecture();
    switch (r.coverage()) {
      case "local" -> {
        String key = townKey(prefecture, r.municipality());
        if (towns.containsKey(key)) {
          return new Placed(r, Tier.LOCAL, towns.get(key));
        }
        if (wholePrefectures.contains(prefecture)) {
          return new Placed(r, Tier.LOCAL, towns.size() + prefectures.get(prefecture));
        }
        Integer rank = near.get(key);
        return rank == null ? null : new Placed(r, Tier.NEIGHBOURS, rank);
      }
      case "prefecture" -> {
        Integer rank = prefectures.get(prefecture);
        return rank == null ? null : new Placed(r, Tier.PREFECTURE, rank);
      }
      default -> {
        return new Placed(r, Tier.NATIONAL, 0);
      }
    }
  }

  /** A ward's resource counts for its city, as the chosen areas and the neighbours name cities. */
  private String townKey(String prefecture, String municipality) {
    String name = municipality == null ? "" : municipality;
    return gazetteer
        .municipality(prefecture, name)
        .map(gazetteer::cityOf)
        .map(m -> m.prefecture() + "/" + m.name())
        .orElse(prefecture + "/" + name);
  }

  private static String sortName(Resource r) {
    return r.nameKana() == null || r.nameKana().isBlank() ? r.name() : r.nameKana();
  }

  private record Placed(Resource resource, Tier tier, int rank) {}
}
