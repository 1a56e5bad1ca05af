package jp.junction.bot.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.search.SearchResult.Widening;

/**
 * Where a question is about and how well each place fits it: the home town, its neighbours
 * (nearest first), its prefecture's services, national services, or distance from a location.
 * Places that do not fit at all (another prefecture's services, far towns) are not offered.
 */
final class Placing {

  /** Towns nearer than this are neighbours offered as a fallback. */
  static final double NEIGHBOUR_KM = 20;
  /** Nearer neighbours stand in for the home town when it has nothing, or is to be avoided. */
  static final double CLOSE_KM = 15;
  /** How far a location question looks. */
  static final double LOCATION_KM = 15;

  /** How well a place fits: grade 2 or 1 (0 = not offered), an order tier, and why. */
  record Fit(int grade, int tier, double distanceKm, Widening widening) {}

  private final Question question;
  private final Municipality town;
  private final String prefecture;
  private final Map<String, Double> neighbours = new LinkedHashMap<>();
  private final Municipality locationTown;
  private final double nearKm;
  private boolean widened;

  Placing(Question question, Gazetteer gazetteer) {
    this.question = question;
    this.town = question.town();
    this.locationTown =
        question.hasLocation() && town == null
            ? gazetteer.nearest(question.lat(), question.lon()).orElse(null)
            : null;
    this.prefecture =
        town != null ? town.prefecture()
            : question.prefecture() != null ? question.prefecture().name()
            : locationTown != null ? locationTown.prefecture() : null;
    if (town != null) {
      for (Gazetteer.Neighbour n : gazetteer.neighbours(town, NEIGHBOUR_KM)) {
        neighbours.put(n.municipality().key(), n.distanceKm());
      }
    }
    this.nearKm = question.text().matches(".*(歩いて|徒歩).*") ? 2 : 5;
  }

  Map<String, Double> neighbours() {
    return neighbours;
  }

  Municipality town() {
    return town;
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

  Fit fit(Resource r) {
    String key = r.prefecture() + "/" + r.municipality();
    boolean local = r.coverage().equals("local");
    boolean prefWide = r.coverage().equals("prefecture");
    if (r.coverage().equals("national")) {
      int grade = question.hasLocation() && town == null ? 0 : town != null || prefecture != null ? 1 : 2;
      return new Fit(grade, 3, 0, Widening.NATIONAL);
    }
    if (town != null) {
      if (local && key.equals(town.key())) {
        return question.notMyTown() ? null : new Fit(2, 0, 0, Widening.NONE);
      }
      if (prefWide && r.prefecture().equals(prefecture)) {
        boolean strong = question.notMyTown() || widened || prefectureServesTown();
        return new Fit(strong ? 2 : 1, 1, 0, Widening.PREFECTURE);
      }
      Double km = local ? neighbours.get(key) : null;
      if (km != null) {
        boolean close = km <= CLOSE_KM || closestNeighbour(km);
        boolean strong = (question.notMyTown() || widened || question.nearbyWanted()) && close;
        return new Fit(strong ? 2 : 1, 2, km, Widening.NEIGHBOURS);
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
      if ((km != null && km <= LOCATION_KM) || (local && key.equals(locationTown.key()))) {
        return new Fit(1, 1, km == null ? LOCATION_KM : km, Widening.NEIGHBOURS);
      }
      if (prefWide && r.prefecture().equals(prefecture)) {
        return new Fit(1, 2, LOCATION_KM, Widening.PREFECTURE);
      }
    }
    return null;
  }

  /** The nearest neighbour counts as close even beyond {@link #CLOSE_KM} (rural towns). */
  private boolean closestNeighbour(double km) {
    return neighbours.values().stream().findFirst().map(first -> first == km).orElse(false);
  }

  /** Consultation and work questions: the prefecture's centre serves the town as well. */
  private boolean prefectureServesTown() {
    return question.categories().contains("consultation")
        || question.categories().contains("employment")
        || (question.categories().contains("family") && !question.wantsGroup());
  }
}
