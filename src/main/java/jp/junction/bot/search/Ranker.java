package jp.junction.bot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.SearchResult.Widening;

/**
 * Orders the resources that may fit a question: an estimated grade first (wanted kind of help, for
 * the right person, meeting the stated conditions, in a fitting place, within its age and group
 * rules), then place tier, conditions met, text relevance and distance. When the home town has
 * nothing fitting, neighbouring towns and the prefecture's services count as home.
 */
final class Ranker {

  /** One ranked resource. */
  record Ranked(int ord, int grade, Placing.Fit fit, double textScore, long key) {}

  /** The ranking and how far it had to widen. */
  record Ranking(List<Ranked> hits, Widening widening) {}

  private final Corpus corpus;
  private final Gazetteer gazetteer;

  Ranker(Corpus corpus, Gazetteer gazetteer) {
    this.corpus = corpus;
    this.gazetteer = gazetteer;
  }

  Ranking rank(Question q, Function<int[], float[]> textScorer) {
    Ranking ranking = rankAsAsked(q, textScorer);
    if (ranking.hits().isEmpty() && (q.audience() != null || !q.hardFlags().isEmpty())) {
      ranking = rankAsAsked(q.relaxed(), textScorer);
    }
    return ranking;
  }

  private Ranking rankAsAsked(Question q, Function<int[], float[]> textScorer) {
    Placing placing = new Placing(q, gazetteer, corpus);
    Rules.Wants wants = Rules.Wants.of(q);
    int[] candidates = candidates(q, placing, wants);
    float[] textScores = textScorer.apply(candidates);
    List<Ranked> ranked = grade(q, wants, placing, candidates, textScores);
    boolean homeHasFit = ranked.stream().anyMatch(r -> r.grade() == 2 && r.fit().tier() == 0);
    if (placing.town() != null && !q.notMyTown() && !homeHasFit) {
      placing.widen();
      ranked = grade(q, wants, placing, candidates, textScores);
    }
    // A town named, and neither it, its neighbours nor its prefecture has anything fitting:
    // national
    // services are the answer (a prefecture named alone keeps its own towns' services first).
    if (placing.town() != null && ranked.stream().noneMatch(r -> r.grade() == 2)) {
      placing.widenToNational();
      ranked = grade(q, wants, placing, candidates, textScores);
    }
    ranked.sort(Comparator.comparingLong(Ranked::key));
    ownPrefectureFirst(ranked);
    Widening widening = Widening.NONE;
    if (!ranked.isEmpty()
        && (placing.town() != null || q.prefecture() != null || q.hasLocation())) {
      widening = ranked.get(0).fit().widening();
      if (q.notMyTown() && widening == Widening.NONE) {
        widening = Widening.NEIGHBOURS;
      }
    }
    return new Ranking(ranked, widening);
  }

  /**
   * A neighbour across the prefecture's border (所沢 for 武蔵村山) is not the first answer when as good a
   * place in the home's own prefecture is offered: the nearest of those goes first, the rest keep
   * their order.
   */
  private static void ownPrefectureFirst(List<Ranked> ranked) {
    if (ranked.isEmpty() || !ranked.get(0).fit().otherPrefecture()) {
      return;
    }
    int grade = ranked.get(0).grade();
    for (int i = 1; i < ranked.size() && ranked.get(i).grade() == grade; i++) {
      Placing.Fit fit = ranked.get(i).fit();
      if (!fit.otherPrefecture() && fit.widening() != Widening.NATIONAL) {
        ranked.add(0, ranked.remove(i));
        return;
      }
    }
  }

  /** Resources in fitting places, of a wanted or related kind, for the person asking. */
  private int[] candidates(Question q, Placing placing, Rules.Wants wants) {
    Candidates ords = new Candidates(corpus, q.broad() ? null : wants);
    if (placing.town() != null) {
      ords.addAll(corpus.locals(placing.town().key()));
      q.places().wanted().forEach(t -> ords.addAll(corpus.locals(t.key())));
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
    return ords.toArray();
  }

  /** Resource ords without duplicates, in the order first added. */
  private static final class Candidates {
    private final Corpus corpus;
    private final Rules.Wants wants;
    private final BitSet seen;
    private int[] ords = new int[256];
    private int size;

    Candidates(Corpus corpus, Rules.Wants wants) {
      this.corpus = corpus;
      this.wants = wants;
      this.seen = new BitSet(corpus.size());
    }

    void addAll(int[] more) {
      for (int ord : more) {
        Facts f = corpus.get(ord);
        if (!seen.get(ord) && (wants == null || (wants.kind(f) > 0 && wants.admits(f)))) {
          seen.set(ord);
          if (size == ords.length) {
            ords = Arrays.copyOf(ords, size * 2);
          }
          ords[size++] = ord;
        }
      }
    }

    int[] toArray() {
      return Arrays.copyOf(ords, size);
    }
  }

  private List<Ranked> grade(
      Question q, Rules.Wants wants, Placing placing, int[] candidates, float[] textScores) {
    List<Ranked> ranked = new ArrayList<>();
    for (int ord : candidates) {
      Facts f = corpus.get(ord);
      float text = textScores == null ? 0f : textScores[ord];
      if (!wants.admits(f)) {
        continue;
      }
      Placing.Fit fit = placing.fit(f);
      if (fit == null || !Rules.allowedFor(q, placing, f)) {
        continue;
      }
      int grade = Math.max(0, Rules.grade(q, wants, placing, f, fit));
      ranked.add(new Ranked(ord, grade, fit, text, key(ord, grade, fit, text)));
    }
    return ranked;
  }

  /** One sort key, smaller first: grade, place tier, distance, text relevance, then ord. */
  private static long key(int ord, int grade, Placing.Fit fit, float text) {
    long distance = Math.min(4095, Math.round(Math.max(0, fit.distanceKm()) * 50));
    long relevance = 65535 - Math.min(65535, Math.round(text * 1000));
    return ((long) (2 - grade) << 60)
        | ((long) fit.tier() << 58)
        | (distance << 46)
        | (relevance << 30)
        | ord;
  }
}
