package jp.junction.bot.search;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.search.SearchResult.Widening;
import jp.junction.bot.vocabulary.Category;

/**
 * Where a question is about and how well each place fits it: the home town, its neighbours (nearest
 * first), its prefecture's services, national services, or distance from a location. Places that do
 * not fit at all (another prefecture's services, far towns) are not offered.
 */
final class Placing {

  /** Towns nearer than this are neighbours offered as a fallback. */
  static final double NEIGHBOUR_KM = 20;

  /** How far "somewhere other than my town" may go. */
  static final double ELSEWHERE_KM = 30;

  /** Nearer neighbours stand in for the home town when it has nothing, or is to be avoided. */
  static final double CLOSE_KM = 15;

  private static final double NEIGHBOUR_FACTOR = 1.25;
  private static final double ELSEWHERE_FACTOR = 2.5;

  /** How far a location question looks. */
  static final double LOCATION_KM = 15;

  /**
   * How well a place fits: grade 2 or 1 (0 = not offered), an order tier, and why; a neighbour in
   * another prefecture than the home town's comes after those in the same tier of the home's own.
   */
  record Fit(int grade, int tier, double distanceKm, Widening widening, boolean otherPrefecture) {
    Fit(int grade, int tier, double distanceKm, Widening widening) {
      this(grade, tier, distanceKm, widening, false);
    }
  }

  private final Question question;
  private final Municipality town;
  private final String homeKey;
  private final String homeStem;
  private final String locationKey;
  private final String prefecture;
  private final Map<String, Double> neighbours = new LinkedHashMap<>();
  private final Municipality locationTown;
  private final double nearKm;
  private final double nearestNeighbourKm;
  private final boolean prefectureServesTown;
  private final PlaceRoles roles;
  private boolean widened;
  private boolean widenedToNational;

  Placing(Question question, Gazetteer gazetteer, Corpus corpus) {
    this.question = question;
    this.town = question.town();
    this.locationTown =
        question.hasLocation() && town == null
            ? gazetteer.nearest(question.lat(), question.lon()).orElse(null)
            : null;
    this.homeKey = town == null ? null : town.key();
    this.homeStem =
        town == null
            ? null
            : town.name().length() >= 3
                ? town.name().substring(0, town.name().length() - 1)
                : town.name();
    this.locationKey = locationTown == null ? null : locationTown.key();
    this.prefecture =
        town != null
            ? town.prefecture()
            : question.prefecture() != null
                ? question.prefecture().name()
                : locationTown != null ? locationTown.prefecture() : null;
    this.roles = question.places();
    if (town != null) {
      double cap = question.notMyTown() ? ELSEWHERE_KM : NEIGHBOUR_KM;
      addNeighbours(gazetteer, corpus, town, cap);
      for (Municipality wantedTown : roles.wanted()) {
        addNeighbours(gazetteer, corpus, wantedTown, NEIGHBOUR_KM);
      }
      neighbours.keySet().removeIf(key -> key.equals(homeKey) || roles.wants(key));
    }
    this.prefectureServesTown = prefectureServesTown(question);
    this.nearestNeighbourKm = neighbours.values().stream().findFirst().orElse(-1.0);
    this.nearKm = question.text().matches(".*(歩いて|徒歩).*") ? 2 : 5;
  }

  private void addNeighbours(Gazetteer gazetteer, Corpus corpus, Municipality around, double cap) {
    for (Gazetteer.Neighbour n : gazetteer.neighbours(around, cap)) {
      if (corpus.locals(n.municipality().key()).length > 0) {
        neighbours.merge(n.municipality().key(), n.distanceKm(), Math::min);
      }
    }
  }

  Map<String, Double> neighbours() {
    return neighbours;
  }

  /** Every named place by role. */
  PlaceRoles roles() {
    return roles;
  }

  Municipality town() {
    return town;
  }

  /** The home town's key ({@code 県/市}), or null. */
  String homeKey() {
    return homeKey;
  }

  /** The home town's name without 市/町/村/区 (高松), or null. */
  String homeStem() {
    return homeStem;
  }

  String prefecture() {
    return prefecture;
  }

  Municipality locationTown() {
    return locationTown;
  }

  /** After a first pass found nothing fitting in the home town: neighbours count as home. */
  void widen() {
    widened = true;
  }

  boolean widened() {
    return widened;
  }

  /**
   * After widening still found nothing fitting near the place asked (a town or region the data does
   * not serve): national and online services are what there is, and count as fitting.
   */
  void widenToNational() {
    widenedToNational = true;
  }

  Fit fit(Facts f) {
    Resource r = f.resource();
    String key = f.townKey();
    boolean local = f.local();
    boolean prefWide = f.prefectureWide();
    if (!local && !prefWide) {
      int grade =
          question.hasLocation() && town == null
              ? 0
              : (town != null || prefecture != null) && !widenedToNational ? 1 : 2;
      return new Fit(grade, 3, 0, Widening.NATIONAL);
    }
    if (town != null) {
      if (roles.avoids(local ? key : null, r.prefecture())) {
        return null;
      }
      if (local && roles.wants(key)) {
        return new Fit(2, 0, 0, Widening.NONE);
      }
      if (local && key.equals(homeKey)) {
        if (question.notMyTown()) {
          return null;
        }
        return roles.homeWanted()
            ? new Fit(2, 0, 0, Widening.NONE)
            : new Fit(1, 2, 0, Widening.NEIGHBOURS);
      }
      if (prefWide && r.prefecture().equals(prefecture)) {
        boolean strong = question.notMyTown() || widened || prefectureServesTown;
        return new Fit(strong ? 2 : 1, 1, 0, Widening.PREFECTURE);
      }
      Double km = local ? neighbours.get(key) : null;
      if (km != null) {
        boolean close = km <= closeKm();
        boolean strong =
            ((question.notMyTown() && roles.wanted().isEmpty())
                    || widened
                    || question.nearbyWanted()
                    || roles.wantedPrefectures().contains(r.prefecture()))
                && close;
        return new Fit(
            strong ? 2 : 1, 2, km, Widening.NEIGHBOURS, !r.prefecture().equals(prefecture));
      }
      return null;
    }
    if (question.prefecture() != null) {
      if (!r.prefecture().equals(prefecture)) {
        return null;
      }
      return prefWide ? new Fit(2, 0, 0, Widening.NONE) : new Fit(1, 1, 0, Widening.NONE);
    }
    if (locationTown != null) {
      Double km =
          r.lat() == null
              ? null
              : Gazetteer.distanceKm(question.lat(), question.lon(), r.lat(), r.lon());
      if (km != null && km <= nearKm) {
        return new Fit(2, 0, km, Widening.NONE);
      }
      if ((km != null && km <= LOCATION_KM) || (local && key.equals(locationKey))) {
        return new Fit(1, 1, km == null ? LOCATION_KM : km, Widening.NEIGHBOURS);
      }
      if (prefWide && r.prefecture().equals(prefecture)) {
        return new Fit(1, 2, LOCATION_KM, Widening.PREFECTURE);
      }
    }
    return null;
  }

  /**
   * How near a neighbour must be to stand in for the home town: {@link #CLOSE_KM}, or further in
   * the country where even the nearest town with services is far; someone avoiding their own town
   * may go further still.
   */
  private double closeKm() {
    double factor = question.notMyTown() ? ELSEWHERE_FACTOR : NEIGHBOUR_FACTOR;
    return Math.max(CLOSE_KM, factor * nearestNeighbourKm);
  }

  /** Consultation and work questions: the prefecture's centre serves the town as well. */
  private static boolean prefectureServesTown(Question question) {
    return question.categories().contains(Category.CONSULTATION)
        || question.categories().contains(Category.EMPLOYMENT)
        || (question.categories().contains(Category.FAMILY) && !question.wantsGroup());
  }
}
