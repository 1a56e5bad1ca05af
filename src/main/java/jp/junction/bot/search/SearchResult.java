package jp.junction.bot.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

  /** One resource found, with its distance when a location was given. */
  public record Hit(Resource resource, double score, Double distanceKm, boolean stale) {}

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
   * stated.
   */
  public record Understanding(
      String prefecture,
      String municipality,
      String excludedMunicipality,
      Set<String> categories,
      String asker,
      Set<String> conditions,
      boolean nearLocation) {

    public Understanding {
      categories = Set.copyOf(categories);
      conditions = Set.copyOf(conditions);
    }

    public static Understanding nothing() {
      return new Understanding(null, null, null, Set.of(), null, Set.of(), false);
    }

    /** True when anything at all was understood (a place, a kind, a condition or a location). */
    public boolean anything() {
      return prefecture != null
          || municipality != null
          || excludedMunicipality != null
          || !categories.isEmpty()
          || !conditions.isEmpty()
          || nearLocation;
    }
  }

  /**
   * A support resource as in {@code resources.csv} (see FORMAT.md). Multi-valued cells are sets;
   * booleans default to false; {@code updated} may be null.
   */
  public record Resource(
      String id,
      String name,
      String nameKana,
      Set<String> categories,
      Set<String> audience,
      String coverage,
      String prefecture,
      String municipality,
      String address,
      Double lat,
      Double lon,
      String phone,
      String url,
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
      categories = Set.copyOf(categories);
      audience = Set.copyOf(audience);
      keywords = List.copyOf(keywords);
    }

    /**
     * The tags a card shows, from the data (the words for them live in the dialogs): 匿名OK, 予約不要,
     * オンライン, 女性のみ, 家族向け. Staleness (最終確認) is on {@link Hit#stale()}.
     */
    public List<Tag> tags() {
      List<Tag> tags = new java.util.ArrayList<>();
      if (anonymousOk) {
        tags.add(Tag.ANONYMOUS_OK);
      }
      if (!reservationRequired) {
        tags.add(Tag.NO_RESERVATION);
      }
      if (online) {
        tags.add(Tag.ONLINE);
      }
      if (womenOnly) {
        tags.add(Tag.WOMEN_ONLY);
      }
      if (audience.contains("family")) {
        tags.add(Tag.FOR_FAMILIES);
      }
      return tags;
    }
  }

  /** A data-derived tag of a resource; the chat maps each to its words. */
  public enum Tag {
    /** 匿名OK */
    ANONYMOUS_OK,
    /** 予約不要 */
    NO_RESERVATION,
    /** オンライン */
    ONLINE,
    /** 女性のみ */
    WOMEN_ONLY,
    /** 家族向け */
    FOR_FAMILIES
  }
}
