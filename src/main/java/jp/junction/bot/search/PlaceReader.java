package jp.junction.bot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.places.Prefecture;

/**
 * The places a question names and the role of each. A town wins over a prefecture; an ambiguous
 * name (富岡, 小平) is read as the town named with its prefecture, else the one the corpus serves; a
 * bare name shared by a prefecture and its capital (大阪, 和歌山) is the prefecture unless someone lives
 * there. Each mention's role comes from the words around it (高松「以外で」, 「家は」丸亀, 西東京「とか」); a list
 * (「高崎と前橋は避けたい」) shares the role of its last member; a clear phrase anywhere (地元以外, 知り合いに会いたくない,
 * 隣の市) avoids the person's own town.
 */
final class PlaceReader {

  /** How much text around a mention decides its role. */
  private static final int BEFORE = 12;

  private static final int AFTER = 16;

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final Map<String, Integer> placeWeights;

  PlaceReader(Gazetteer gazetteer, Lexicon lexicon, Map<String, Integer> placeWeights) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.placeWeights = placeWeights;
  }

  /**
   * The town the question is about (the home, a city, never a ward), or only a prefecture, or
   * neither, and every named place's role.
   */
  record Place(Municipality town, Prefecture prefecture, PlaceRoles roles) {}

  /** One place named in the text, with the words right before and after it. */
  private record Named(Municipality town, Prefecture prefecture, String before, String after) {}

  /** Reads the places from the normalised text and its kana forms. */
  Place read(String text, String[] forms) {
    List<Found> found = new ArrayList<>();
    gazetteer.mentions(text).forEach(m -> found.add(new Found(m, text)));
    if (!forms[2].equals(forms[1])) {
      gazetteer.mentions(forms[2]).forEach(m -> found.add(new Found(m, forms[2])));
    }
    Set<String> namedPrefectures = new LinkedHashSet<>();
    for (Found f : found) {
      if (f.mention().prefecture() != null) {
        namedPrefectures.add(f.mention().prefecture().name());
      }
    }
    List<Gazetteer.RegionMention> regions = gazetteer.regionMentions(text);
    // A town's own name wins over a region inside it (多摩市), and a served town's reading over a
    // region the data does not serve (仙南 read as 泉南); otherwise a region wins over what it spans.
    regions =
        regions.stream().filter(r -> found.stream().noneMatch(f -> beats(f, r, text))).toList();
    for (Gazetteer.RegionMention r : regions) {
      found.removeIf(
          f ->
              f.source().equals(text)
                  && f.mention().start() < r.end()
                  && r.start() < f.mention().end());
    }
    boolean residence = lexicon.has("place.residence", forms);
    List<Named> towns = new ArrayList<>();
    int nextRegion = 0;
    List<Named> prefectures = new ArrayList<>();
    int previousEnd = -2;
    String previousSource = null;
    for (Found f : found) {
      Gazetteer.Mention m = f.mention();
      while (nextRegion < regions.size()
          && f.source().equals(text)
          && regions.get(nextRegion).start() < m.start()) {
        towns.addAll(regionTowns(regions.get(nextRegion++), text, namedPrefectures));
      }
      // 「泉佐野の高松東」「高崎の高松町」: a name right after a town and の is a district of that town.
      boolean district =
          f.source().equals(previousSource)
              && m.start() == previousEnd + 1
              && f.source().charAt(previousEnd) == 'の';
      // Only a town has districts: 「東京の清瀬」「埼玉の所沢」 name a town in a prefecture.
      previousEnd = m.prefecture() == null ? m.end() : -2;
      previousSource = f.source();
      if (district) {
        continue;
      }
      String source = f.source();
      int end = Math.min(source.length(), m.end());
      String before = source.substring(Math.max(0, m.start() - BEFORE), Math.min(end, m.start()));
      String after = source.substring(end, Math.min(source.length(), end + AFTER));
      Municipality town = null;
      // 和歌山駅, 大阪駅: a station is in the city, not the prefecture of the same name.
      boolean sharedWithPrefecture = m.prefecture() != null && !after.startsWith("駅");
      if (!m.municipalities().isEmpty() && !(sharedWithPrefecture && !residence)) {
        // A near-miss spelling is only trusted for a town the data serves (東久留目 → 東久留米).
        town =
            m.municipalities().stream()
                .filter(t -> !m.nearMiss() || served(t))
                .max(Comparator.comparingInt(t -> weight(t, namedPrefectures)))
                .map(gazetteer::cityOf)
                .orElse(null);
      }
      if (town != null) {
        towns.add(new Named(town, null, before, after));
      } else if (m.prefecture() != null) {
        prefectures.add(new Named(null, m.prefecture(), before, after));
      }
    }
    while (nextRegion < regions.size()) {
      towns.addAll(regionTowns(regions.get(nextRegion++), text, namedPrefectures));
    }
    if (towns.isEmpty()) {
      return new Place(null, askedPrefecture(prefectures, forms), PlaceRoles.NONE);
    }
    PlaceRoles roles = roles(towns, prefectures, forms);
    Municipality home = roles.home();
    return new Place(home, gazetteer.prefecture(home.prefecture()).orElse(null), roles);
  }

  /**
   * Of prefectures named without a town, the one asked for: not one avoided (香川以外), nor the
   * person's own when they avoid it (香川県内は狭いけん、県外の…岡山とか: 岡山). The first one otherwise.
   */
  private Prefecture askedPrefecture(List<Named> prefectures, String[] forms) {
    if (prefectures.isEmpty()) {
      return null;
    }
    if (prefectures.size() > 1) {
      boolean ownAvoided = lexicon.has("place.exclude.own_prefecture", forms);
      List<Named> left = new ArrayList<>(prefectures);
      left.removeIf(p -> role(p) == PlaceRole.AVOIDS);
      if (ownAvoided && left.size() > 1) {
        Named own =
            left.stream()
                .filter(p -> p.after().startsWith("内") || p.after().startsWith("外"))
                .findFirst()
                .orElse(left.get(0));
        left.remove(own);
      }
      if (!left.isEmpty()) {
        return left.get(0).prefecture();
      }
    }
    return prefectures.get(0).prefecture();
  }

  private boolean beats(Found f, Gazetteer.RegionMention region, String text) {
    Gazetteer.Mention m = f.mention();
    if (!f.source().equals(text) || m.end() <= region.start() || region.end() <= m.start()) {
      return false;
    }
    boolean contains =
        m.start() <= region.start()
            && region.end() <= m.end()
            && m.end() - m.start() > region.end() - region.start();
    boolean regionServed =
        region.regions().stream().flatMap(r -> r.municipalities().stream()).anyMatch(this::served);
    return contains || (!regionServed && m.municipalities().stream().anyMatch(this::served));
  }

  /**
   * A regional name (泉州, 西讃) stands for the towns it covers, each with the region's surrounding
   * words: the towns the data serves, best served first (all of them when it serves none); a name
   * several prefectures use is narrowed to a prefecture the text names.
   */
  private List<Named> regionTowns(
      Gazetteer.RegionMention region, String text, Set<String> namedPrefectures) {
    List<Gazetteer.Region> candidates = region.regions();
    List<Gazetteer.Region> inNamed =
        candidates.stream().filter(r -> namedPrefectures.contains(r.prefecture())).toList();
    List<Municipality> covered =
        (inNamed.isEmpty() ? candidates : inNamed)
            .stream()
                .flatMap(r -> r.municipalities().stream())
                .map(gazetteer::cityOf)
                .distinct()
                .toList();
    List<Municipality> served = covered.stream().filter(this::served).toList();
    String before = text.substring(Math.max(0, region.start() - BEFORE), region.start());
    String after = text.substring(region.end(), Math.min(text.length(), region.end() + AFTER));
    return (served.isEmpty() ? covered : served)
        .stream()
            .sorted(Comparator.comparingInt((Municipality t) -> -weight(t, namedPrefectures)))
            .map(t -> new Named(t, null, before, after))
            .toList();
  }

  private PlaceRoles roles(List<Named> towns, List<Named> prefectures, String[] forms) {
    Map<String, Set<PlaceRole>> byTown = new LinkedHashMap<>();
    Map<String, Municipality> municipalities = new LinkedHashMap<>();
    PlaceRole next = null;
    for (int i = towns.size() - 1; i >= 0; i--) {
      Named n = towns.get(i);
      PlaceRole role = role(n);
      // 「高崎と前橋は避けたい」: a member of a list takes the role said after the list.
      if (role == PlaceRole.NAMED && next == PlaceRole.AVOIDS && listed(n.after())) {
        role = PlaceRole.AVOIDS;
      }
      next = role;
      municipalities.putIfAbsent(n.town().key(), n.town());
      byTown.computeIfAbsent(n.town().key(), k -> EnumSet.noneOf(PlaceRole.class)).add(role);
    }
    List<String> order = new ArrayList<>();
    towns.forEach(
        n -> {
          if (!order.contains(n.town().key())) {
            order.add(n.town().key());
          }
        });
    String homeKey =
        order.stream()
            .filter(k -> byTown.get(k).contains(PlaceRole.LIVES))
            .findFirst()
            .orElse(null);
    if (homeKey != null || order.size() == 1 || wantsSomeAndNot(order, byTown)) {
      String own = homeKey != null ? homeKey : firstNotWanted(order, byTown);
      if (own != null && lexicon.has("place.exclude", forms)) {
        byTown.get(own).add(PlaceRole.AVOIDS);
      }
    }
    if (homeKey == null) {
      homeKey =
          order.stream()
              .filter(k -> byTown.get(k).contains(PlaceRole.AVOIDS))
              .findFirst()
              .orElse(order.get(0));
    }
    Municipality home = municipalities.get(homeKey);
    List<Municipality> wanted = new ArrayList<>();
    List<Municipality> avoided = new ArrayList<>();
    for (String key : order) {
      Set<PlaceRole> roles = byTown.get(key);
      if (roles.contains(PlaceRole.AVOIDS)) {
        avoided.add(municipalities.get(key));
      } else if (!key.equals(homeKey)) {
        wanted.add(municipalities.get(key));
      }
    }
    Set<PlaceRole> homeRoles = byTown.get(homeKey);
    boolean homeWanted =
        !homeRoles.contains(PlaceRole.AVOIDS)
            && (wanted.isEmpty() || !EnumSet.of(PlaceRole.LIVES).containsAll(homeRoles));
    if (order.size() >= 2 && lexicon.has("place.between", forms)) {
      List<Municipality> between =
          between(municipalities.get(order.get(0)), municipalities.get(order.get(1)));
      if (!between.isEmpty()) {
        // 「高松と丸亀の間くらい」: the towns between are asked for; the two named are fallbacks.
        wanted.removeIf(t -> t.key().equals(order.get(0)) || t.key().equals(order.get(1)));
        wanted.addAll(0, between);
        homeWanted = false;
      }
    }
    Set<String> wantedPrefectures = new LinkedHashSet<>();
    Set<String> avoidedPrefectures = new LinkedHashSet<>();
    for (Named p : prefectures) {
      PlaceRole role = role(p);
      String name = p.prefecture().name();
      if (role == PlaceRole.AVOIDS) {
        avoidedPrefectures.add(name);
      } else if (!name.equals(home.prefecture())) {
        wantedPrefectures.add(name);
      }
    }
    if (lexicon.has("place.exclude.own_prefecture", forms)) {
      avoidedPrefectures.add(home.prefecture());
    }
    return new PlaceRoles(home, homeWanted, wanted, avoided, wantedPrefectures, avoidedPrefectures);
  }

  /**
   * Towns the data serves that lie between two towns: the way through them is at most a quarter
   * longer than the straight way, nearest the middle first.
   */
  private List<Municipality> between(Municipality a, Municipality b) {
    if (!a.hasCoordinates() || !b.hasCoordinates()) {
      return List.of();
    }
    double direct = Gazetteer.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    return gazetteer.municipalities().stream()
        .filter(Municipality::hasCoordinates)
        .map(gazetteer::cityOf)
        .distinct()
        .filter(m -> served(m) && !m.key().equals(a.key()) && !m.key().equals(b.key()))
        .filter(m -> via(a, m, b) <= 1.25 * direct)
        .sorted(Comparator.comparingDouble(m -> via(a, m, b)))
        .toList();
  }

  private static double via(Municipality a, Municipality m, Municipality b) {
    return Gazetteer.distanceKm(a.lat(), a.lon(), m.lat(), m.lon())
        + Gazetteer.distanceKm(m.lat(), m.lon(), b.lat(), b.lon());
  }

  /** The role the words right around a mention give it. */
  private PlaceRole role(Named n) {
    if (lexicon.has("place.exclude.attached", n.after())
        || lexicon.has("place.exclude.before", n.before())) {
      return PlaceRole.AVOIDS;
    }
    if (lexicon.has("place.lives.after", n.after())
        || lexicon.has("place.lives.before", n.before())) {
      return PlaceRole.LIVES;
    }
    if (lexicon.has("place.wants.after", n.after())) {
      return PlaceRole.WANTS;
    }
    return PlaceRole.NAMED;
  }

  private boolean listed(String after) {
    return lexicon.has("place.list.after", after);
  }

  /** Several towns, some asked for: a phrase such as 地元以外 is about the one not asked for. */
  private static boolean wantsSomeAndNot(List<String> order, Map<String, Set<PlaceRole>> byTown) {
    return order.stream().anyMatch(k -> byTown.get(k).contains(PlaceRole.WANTS))
        && firstNotWanted(order, byTown) != null;
  }

  private static String firstNotWanted(List<String> order, Map<String, Set<PlaceRole>> byTown) {
    if (order.size() == 1) {
      return order.get(0);
    }
    return order.stream()
        .filter(k -> !byTown.get(k).contains(PlaceRole.WANTS))
        .findFirst()
        .orElse(null);
  }

  /** A mention with the form of the text it was found in. */
  private record Found(Gazetteer.Mention mention, String source) {}

  private boolean served(Municipality town) {
    return placeWeights.getOrDefault(gazetteer.cityOf(town).key(), 0) > 0;
  }

  private int weight(Municipality town, Set<String> namedPrefectures) {
    Municipality city = gazetteer.cityOf(town);
    int weight =
        placeWeights.getOrDefault(city.key(), 0) * 10
            + placeWeights.getOrDefault(city.prefecture(), 0);
    if (namedPrefectures.contains(city.prefecture())) {
      weight += 100_000;
    }
    if (city.name().endsWith("市")) {
      weight += 1;
    }
    return weight;
  }
}
