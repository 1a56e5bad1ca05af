package jp.junction.bot.booklet;

import java.util.List;
import jp.junction.bot.places.Areas;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Category;

/**
 * Every place of an area, by kind of place in the chat's order, and within each kind local places
 * first, then neighbouring towns, prefecture-wide and national/online. Each resource appears once,
 * under its first kind.
 *
 * @param areas the towns and prefectures chosen, in the order given
 * @param sections the kinds of place that have at least one entry
 */
record AreaList(List<Areas.Area> areas, List<Section> sections) {

  AreaList {
    areas = List.copyOf(areas);
    sections = List.copyOf(sections);
  }

  /** How near an entry is to the area chosen. */
  enum Tier {
    LOCAL,
    NEIGHBOURS,
    PREFECTURE,
    NATIONAL
  }

  record Section(Category category, List<Group> groups) {
    Section {
      groups = List.copyOf(groups);
    }
  }

  record Group(Tier tier, List<Resource> entries) {
    Group {
      entries = List.copyOf(entries);
    }
  }

  /** How many entries in all. */
  int size() {
    return sections.stream()
        .flatMap(s -> s.groups().stream())
        .mapToInt(g -> g.entries().size())
        .sum();
  }

  /** Whether any entry is in the area itself. */
  boolean hasLocal() {
    return sections.stream()
        .flatMap(s -> s.groups().stream())
        .anyMatch(g -> g.tier() == Tier.LOCAL);
  }

  /** The prefectures of the areas, in order, once each. */
  List<String> prefectures() {
    return areas.stream().map(Areas.Area::prefecture).distinct().toList();
  }
}
