package jp.junction.bot.places;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Areas as events and subscriptions name them, over the gazetteer: what a person means by a place
 * in free text (高松, たかまつ, 香川県, 東久留米), whether an area exists, and neighbouring towns. Wards of
 * designated cities stand for their city, as events name the city.
 */
@Component
public class Areas {

  private final Gazetteer gazetteer;
  private final double neighbourKm;
  private final Set<String> prefectures = new HashSet<>();

  /** A place: a municipality, or a whole prefecture when {@code municipality} is empty. */
  public record Area(String prefecture, String municipality) {
    public Area {
      municipality = municipality == null ? "" : municipality;
    }

    public boolean wholePrefecture() {
      return municipality.isEmpty();
    }

    /** 香川県高松市, or 香川県 for the whole prefecture. */
    public String label() {
      return prefecture + municipality;
    }
  }

  public Areas(Gazetteer gazetteer, PlacesSettings settings) {
    this.gazetteer = gazetteer;
    this.neighbourKm = settings.neighbourKm();
    gazetteer.municipalities().forEach(m -> prefectures.add(m.prefecture()));
  }

  /**
   * Places named in {@code text}, in order: a prefecture (香川, 大阪) as a whole-prefecture area, a
   * town (高松, たかまつ) as its city; a prefecture named alongside decides between same-named towns.
   */
  public List<Area> mentioned(String text) {
    List<Gazetteer.Mention> mentions = gazetteer.mentions(text);
    Set<String> named = new HashSet<>();
    mentions.stream()
        .filter(m -> m.prefecture() != null && m.municipalities().isEmpty())
        .forEach(m -> named.add(m.prefecture().name()));
    Set<Area> out = new LinkedHashSet<>();
    for (Gazetteer.Mention m : mentions) {
      if (m.prefecture() != null) {
        out.add(new Area(m.prefecture().name(), ""));
        continue;
      }
      List<Municipality> towns =
          m.municipalities().stream().filter(t -> named.contains(t.prefecture())).toList();
      (towns.isEmpty() ? m.municipalities() : towns)
          .stream()
              .map(gazetteer::cityOf)
              .forEach(t -> out.add(new Area(t.prefecture(), t.name())));
    }
    Set<String> withTown = new HashSet<>();
    out.stream().filter(a -> !a.wholePrefecture()).forEach(a -> withTown.add(a.prefecture()));
    out.removeIf(a -> a.wholePrefecture() && withTown.contains(a.prefecture()));
    return List.copyOf(out);
  }

  /**
   * Every place a text names, and how: municipalities and prefectures by name (or variant kanji),
   * town areas (難波, 梅田) as their municipality, regional names (泉州, 北摂, 多摩) as the municipalities
   * they cover, and guesses for misspelt names (高末 → 高松) that the search should confirm. Several
   * candidates are narrowed to those the person's other words point to (a named town or
   * prefecture); when the text does not decide, all stay and the place is ambiguous.
   */
  public Resolution resolve(String text) {
    List<Gazetteer.Mention> mentions = gazetteer.mentions(text);
    List<Gazetteer.RegionMention> regions = gazetteer.regionMentions(text);
    Set<String> named = new HashSet<>();
    for (Gazetteer.Mention m : mentions) {
      if (m.prefecture() != null && m.municipalities().isEmpty()) {
        named.add(m.prefecture().name());
      }
      if (m.municipalities().size() == 1) {
        named.add(m.municipalities().get(0).prefecture());
      }
    }
    List<Resolution.Place> places = new java.util.ArrayList<>();
    for (Gazetteer.RegionMention hit : regions) {
      List<Gazetteer.Region> inNamed =
          hit.regions().stream().filter(r -> named.contains(r.prefecture())).toList();
      List<Gazetteer.Region> chosen = inNamed.isEmpty() ? hit.regions() : inNamed;
      Set<Area> covered = new LinkedHashSet<>();
      chosen.forEach(r -> r.municipalities().forEach(m -> covered.add(cityArea(m))));
      Set<Area> alternatives = new LinkedHashSet<>();
      mentions.stream()
          .filter(m -> m.start() < hit.end() && hit.start() < m.end())
          .forEach(m -> alternatives.addAll(areasOf(m)));
      places.add(
          new Resolution.Place(
              hit.surface(),
              hit.start(),
              hit.end(),
              Resolution.How.REGION,
              List.copyOf(covered),
              chosen.size() > 1,
              List.copyOf(alternatives)));
    }
    for (Gazetteer.Mention m : mentions) {
      boolean inRegion = regions.stream().anyMatch(h -> m.start() < h.end() && h.start() < m.end());
      if (inRegion) {
        continue;
      }
      List<Area> areas = areasOf(m);
      List<Area> alternatives =
          m.match() == Gazetteer.Match.SAME_READING
              ? gazetteer.districtTowns(m.surface()).stream()
                  .map(this::cityArea)
                  .distinct()
                  .toList()
              : List.of();
      places.add(
          new Resolution.Place(
              m.surface(),
              m.start(),
              m.end(),
              how(m.match()),
              areas,
              areas.size() > 1,
              alternatives));
    }
    places.sort(java.util.Comparator.comparingInt(Resolution.Place::start));
    return new Resolution(places);
  }

  private List<Area> areasOf(Gazetteer.Mention m) {
    Set<Area> out = new LinkedHashSet<>();
    if (m.prefecture() != null) {
      out.add(new Area(m.prefecture().name(), ""));
    }
    m.municipalities().forEach(t -> out.add(cityArea(t)));
    return List.copyOf(out);
  }

  private Area cityArea(Municipality m) {
    Municipality city = gazetteer.cityOf(m);
    return new Area(city.prefecture(), city.name());
  }

  private static Resolution.How how(Gazetteer.Match match) {
    return switch (match) {
      case EXACT -> Resolution.How.EXACT;
      case VARIANT -> Resolution.How.VARIANT;
      case DISTRICT -> Resolution.How.DISTRICT;
      case SAME_READING -> Resolution.How.SAME_READING;
      case NEAR_MISS -> Resolution.How.NEAR_MISS;
    };
  }

  /** The prefecture a typed name means (香川 or 香川県), if any. */
  public Optional<String> prefecture(String typed) {
    return gazetteer.mentions(typed).stream()
        .filter(m -> m.prefecture() != null)
        .map(m -> m.prefecture().name())
        .findFirst();
  }

  /** Whether the area is a prefecture, or a town of its prefecture, in the gazetteer. */
  public boolean exists(Area area) {
    return area.wholePrefecture()
        ? prefectures.contains(area.prefecture())
        : gazetteer.municipality(area.prefecture(), area.municipality()).isPresent();
  }

  /** Towns whose centre is within the neighbour distance of {@code town}'s, nearest first. */
  public List<Area> neighbours(Area town) {
    if (town.wholePrefecture()) {
      return List.of();
    }
    return gazetteer
        .municipality(town.prefecture(), town.municipality())
        .map(
            m ->
                gazetteer.neighbours(m, neighbourKm).stream()
                    .map(n -> new Area(n.municipality().prefecture(), n.municipality().name()))
                    .toList())
        .orElse(List.of());
  }
}
