package jp.junction.bot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.search.SearchResult.Widening;

/**
 * Orders the resources that may fit a question: an estimated grade first (wanted kind of help,
 * for the right person, meeting the stated conditions, in a fitting place, within its age and
 * group rules), then place tier, conditions met, text relevance and distance. When the home
 * town has nothing fitting, neighbouring towns and the prefecture's services count as home.
 */
final class Ranker {

  /** One ranked resource. */
  record Ranked(int ord, int grade, Placing.Fit fit, double textScore) {}

  /** The ranking and how far it had to widen. */
  record Ranking(List<Ranked> hits, Widening widening) {}

  private final Corpus corpus;
  private final Gazetteer gazetteer;

  Ranker(Corpus corpus, Gazetteer gazetteer) {
    this.corpus = corpus;
    this.gazetteer = gazetteer;
  }

  Ranking rank(Question q, Function<Collection<Integer>, Map<Integer, Float>> textScorer) {
    Placing placing = new Placing(q, gazetteer);
    Set<Integer> candidates = candidates(q, placing);
    Map<Integer, Float> textScores = textScorer.apply(candidates);
    List<Ranked> ranked = grade(q, placing, candidates, textScores);
    boolean homeHasFit =
        ranked.stream().anyMatch(r -> r.grade() == 2 && r.fit().tier() == 0);
    if (placing.town() != null && !q.notMyTown() && !homeHasFit) {
      placing.widen();
      ranked = grade(q, placing, candidates, textScores);
    }
    ranked.sort(
        Comparator.comparingInt((Ranked r) -> -r.grade())
            .thenComparingInt(r -> r.fit().tier())
            .thenComparingDouble(r -> r.fit().distanceKm() > 0 ? r.fit().distanceKm() : 0)
            .thenComparingDouble(r -> -r.textScore())
            .thenComparingInt(Ranked::ord));
    Widening widening = Widening.NONE;
    if (!ranked.isEmpty() && (placing.town() != null || q.prefecture() != null || q.hasLocation())) {
      widening = ranked.get(0).fit().widening();
      if (q.notMyTown() && widening == Widening.NONE) {
        widening = Widening.NEIGHBOURS;
      }
    }
    return new Ranking(ranked, widening);
  }

  private Set<Integer> candidates(Question q, Placing placing) {
    Set<Integer> ords = new LinkedHashSet<>();
    if (placing.town() != null) {
      ords.addAll(corpus.locals(placing.town().key()));
      placing.neighbours().keySet().forEach(key -> ords.addAll(corpus.locals(key)));
    } else if (q.prefecture() != null) {
      ords.addAll(corpus.localsIn(q.prefecture().name()));
    } else if (q.hasLocation()) {
      ords.addAll(corpus.around(q.lat(), q.lon(), Placing.LOCATION_KM));
      if (placing.locationTown() != null) {
        ords.addAll(corpus.locals(placing.locationTown().key()));
      }
    }
    if (placing.prefecture() != null) {
      ords.addAll(corpus.prefectureWide(placing.prefecture()));
    }
    ords.addAll(corpus.national());
    return ords;
  }

  private List<Ranked> grade(
      Question q, Placing placing, Set<Integer> candidates, Map<Integer, Float> textScores) {
    List<Ranked> ranked = new ArrayList<>();
    for (int ord : candidates) {
      Facts f = corpus.get(ord);
      Placing.Fit fit = placing.fit(f.resource());
      if (fit == null || !fitsPerson(q, placing, f)) {
        continue;
      }
      int grade = Rules.grade(q, placing, f, fit);
      float text = textScores.getOrDefault(ord, 0f);
      if (grade > 0 || text > 0 || q.broad()) {
        ranked.add(new Ranked(ord, Math.max(grade, 0), fit, text));
      }
    }
    return ranked;
  }

  /** Rules that rule a resource out whatever the place: audience, hard conditions, residents. */
  private static boolean fitsPerson(Question q, Placing placing, Facts f) {
    Resource r = f.resource();
    boolean audience =
        switch (q.audience()) {
          case "family" -> r.audience().contains("family");
          case "self" -> r.audience().contains("self");
          case "supporter" -> r.audience().contains("supporter");
          default -> r.audience().contains("self") || r.audience().contains("family");
        };
    if (!audience) {
      return false;
    }
    for (String flag : q.hardFlags()) {
      if (!Rules.meets(flag, f)) {
        return false;
      }
    }
    return Rules.allowedFor(q, placing, f);
  }
}
