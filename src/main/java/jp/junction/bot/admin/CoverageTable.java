package jp.junction.bot.admin;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.places.Prefecture;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Category;
import org.springframework.stereotype.Component;

/**
 * What a prefecture's municipalities have, from the directory (可視化): per town the public entries of
 * each kind of place in the town itself, the online places a person there can reach (the town's,
 * the prefecture's and the national ones), and the town's places open in the evening or at the
 * weekend. Towns with the fewest kinds come first, so where there is nothing stands out.
 */
@Component
class CoverageTable {

  /** The kinds of place the table has a column for, in that order. */
  static final List<Category> KINDS =
      List.of(
          Category.CONSULTATION,
          Category.IBASHO,
          Category.PEER,
          Category.FAMILY,
          Category.EMPLOYMENT);

  /** Evening: an opening that ends after this (Japan time). */
  static final LocalTime EVENING = LocalTime.of(18, 0);

  /** How far ahead the hours are read for an evening or weekend opening. */
  static final int DAYS_AHEAD = 35;

  /** One town's row: entries per kind (in {@link #KINDS} order), online, evening or weekend. */
  record Row(String name, String code, List<Integer> kinds, int online, int eveningOrWeekend) {
    /** How many of the kinds the town has at least one of. */
    public int kindsPresent() {
      return (int) kinds.stream().filter(n -> n > 0).count();
    }
  }

  /** The table for one prefecture: its prefecture-wide entries first, then every town. */
  record Table(Prefecture prefecture, Row wide, List<Row> towns) {
    /** The prefecture-wide row, then the towns. */
    public List<Row> rows() {
      List<Row> all = new ArrayList<>(List.of(wide));
      all.addAll(towns);
      return all;
    }

    /** Towns with none of the kinds at all. */
    public long townsWithNothing() {
      return towns.stream().filter(r -> r.kindsPresent() == 0).count();
    }
  }

  private final DirectoryStore store;
  private final Gazetteer gazetteer;
  private final Clock clock;

  CoverageTable(DirectoryStore store, Gazetteer gazetteer, Clock clock) {
    this.store = store;
    this.gazetteer = gazetteer;
    this.clock = clock;
  }

  Table of(Prefecture prefecture) {
    Map<String, List<Resource>> byTown = new LinkedHashMap<>();
    for (Municipality m : gazetteer.municipalities()) {
      if (m.prefecture().equals(prefecture.name()) && !m.isWard()) {
        byTown.put(m.name(), new ArrayList<>());
      }
    }
    List<Resource> wide = new ArrayList<>();
    List<Resource> national = new ArrayList<>();
    for (DirectoryEntry entry : store.all()) {
      if (!entry.searchable()) {
        continue;
      }
      Resource r = entry.resource();
      if ("national".equals(r.coverage())) {
        national.add(r);
      } else if (prefecture.name().equals(r.prefecture())) {
        String town = town(r);
        if ("local".equals(r.coverage()) && town != null && byTown.containsKey(town)) {
          byTown.get(town).add(r);
        } else {
          wide.add(r);
        }
      }
    }
    int onlineBeyondTown = count(wide, Resource::online) + count(national, Resource::online);
    ZonedDateTime now = JapanTime.of(clock.instant());
    List<Row> towns = new ArrayList<>();
    byTown.forEach(
        (name, local) -> {
          String code =
              gazetteer.municipality(prefecture.name(), name).map(Municipality::code).orElse("");
          towns.add(row(name, code, local, onlineBeyondTown, now));
        });
    towns.sort(Comparator.comparingInt(Row::kindsPresent).thenComparing(Row::code));
    Row wideRow =
        row(prefecture.name(), prefecture.code(), wide, count(national, Resource::online), now);
    return new Table(prefecture, wideRow, towns);
  }

  private Row row(
      String name, String code, List<Resource> local, int onlineElse, ZonedDateTime now) {
    List<Integer> kinds = new ArrayList<>();
    for (Category kind : KINDS) {
      kinds.add(count(local, r -> r.categories().contains(kind)));
    }
    int online = count(local, Resource::online) + onlineElse;
    return new Row(name, code, kinds, online, count(local, r -> eveningOrWeekend(r, now)));
  }

  /** The town an entry is in (a ward counts as its city), or null when the gazetteer lacks it. */
  private String town(Resource r) {
    if (r.municipality() == null || r.municipality().isBlank()) {
      return null;
    }
    return gazetteer
        .municipality(r.prefecture(), r.municipality())
        .map(gazetteer::cityOf)
        .map(Municipality::name)
        .orElse(null);
  }

  /** Open at some time on a Saturday or Sunday, or until after 18:00, in the weeks ahead. */
  static boolean eveningOrWeekend(Resource r, ZonedDateTime now) {
    if (r.hours() == null || r.hours().isBlank()) {
      return false;
    }
    OpeningHours hours = OpeningHours.parse(r.hours());
    if (hours.isAlwaysOpen()) {
      return true;
    }
    return hours.openings(now, now.toLocalDate().plusDays(DAYS_AHEAD), 200, d -> true).stream()
        .anyMatch(
            o ->
                o.start().getDayOfWeek() == DayOfWeek.SATURDAY
                    || o.start().getDayOfWeek() == DayOfWeek.SUNDAY
                    || o.end().toLocalTime().isAfter(EVENING)
                    || !o.end().toLocalDate().equals(o.start().toLocalDate()));
  }

  private static int count(List<Resource> resources, java.util.function.Predicate<Resource> which) {
    return (int) resources.stream().filter(which).count();
  }
}
