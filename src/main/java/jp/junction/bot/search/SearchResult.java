package jp.junction.bot.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Coded;
import jp.junction.bot.vocabulary.Flag;
import jp.junction.bot.vocabulary.Link;

/**
 * What a search found, what it understood of the question and whether it widened beyond the place
 * asked for (so the reply can say so honestly).
 *
 * @param hits the requested page of hits, best first
 * @param total how many hits there are in all (for "もっと見る")
 * @param understanding what the question was read as
 * @param widening how far the search had to go beyond the place asked for
 */
public record SearchResult(
    List<Hit> hits, int total, Understanding understanding, Widening widening) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * One resource found, with its distance when a location was given, whether its entry is old, and
   * the conditions it meets (as the search reads its cells, see FORMAT.md).
   */
  public record Hit(
      Resource resource, double score, Double distanceKm, boolean stale, Set<Flag> flags) {
    public Hit {
      flags = Coded.copyOf(Flag.class, flags);
    }
  }

  /** How far the search widened. */
  public enum Widening {
    /** Found what was asked in the place asked (or no place was asked). */
    NONE,
    /** Nothing fitting in the town: neighbouring towns are shown. */
    NEIGHBOURS,
    /** Prefecture-wide services are shown. */
    PREFECTURE,
    /** Only national and online services fit. */
    NATIONAL
  }

  /**
   * The question as understood. Strings are display forms (e.g. 高松市, 香川県); empty/null when not
   * stated; {@code asker} is null when the question could come from anyone.
   *
   * @param municipality the first town searched, or null
   * @param excludedMunicipality the towns not to be offered, joined with ・, or null
   * @param towns every town searched as the place asked ({@code 県/市} keys), the home town among
   *     them unless it is avoided or only said as where the person lives
   */
  public record Understanding(
      String prefecture,
      String municipality,
      String excludedMunicipality,
      Set<Category> categories,
      Audience asker,
      Set<Flag> conditions,
      boolean nearLocation,
      List<String> towns) {

    public Understanding {
      categories = Coded.copyOf(Category.class, categories);
      conditions = Coded.copyOf(Flag.class, conditions);
      towns = List.copyOf(towns);
    }

    public static Understanding nothing() {
      return new Understanding(null, null, null, Set.of(), null, Set.of(), false, List.of());
    }
  }

  /**
   * A support resource as in {@code resources.csv} (see FORMAT.md). Multi-valued cells are sets in
   * display order; booleans default to false; {@code url} (checked and normalised when loaded) and
   * {@code updated} may be null.
   */
  public record Resource(
      String id,
      String name,
      String nameKana,
      Set<Category> categories,
      Set<Audience> audience,
      String coverage,
      String prefecture,
      String municipality,
      String address,
      Double lat,
      Double lon,
      String phone,
      Link url,
      String hours,
      boolean online,
      boolean anonymousOk,
      boolean reservationRequired,
      boolean womenOnly,
      String fee,
      String age,
      String description,
      List<String> keywords,
      LocalDate updated) {

    public Resource {
      categories = Coded.copyOf(Category.class, categories);
      audience = Coded.copyOf(Audience.class, audience);
      keywords = List.copyOf(keywords);
    }
  }
}
