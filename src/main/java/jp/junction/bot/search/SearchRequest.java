package jp.junction.bot.search;

import java.util.Set;

/**
 * A question as the person typed it, optionally a location (from a LINE location message) and
 * refinements tapped after a first answer.
 *
 * @param text the question, may be empty when only a location is given
 * @param latitude WGS84, or null
 * @param longitude WGS84, or null
 * @param offset index of the first hit wanted (paging: "もっと見る")
 * @param limit how many hits at most (the chat shows up to 10)
 * @param refinements quick replies tapped after a first answer (never null)
 */
public record SearchRequest(
    String text,
    Double latitude,
    Double longitude,
    int offset,
    int limit,
    Set<Refinement> refinements) {

  public SearchRequest {
    refinements = refinements == null ? Set.of() : Set.copyOf(refinements);
  }

  /** A request without refinements (the original five-field form). */
  public SearchRequest(String text, Double latitude, Double longitude, int offset, int limit) {
    this(text, latitude, longitude, offset, limit, Set.of());
  }

  public static SearchRequest ofText(String text, int limit) {
    return new SearchRequest(text, null, null, 0, limit);
  }

  /** The same request with one more refinement (a quick reply tapped after an answer). */
  public SearchRequest refine(Refinement refinement) {
    Set<Refinement> more = new java.util.HashSet<>(refinements);
    more.add(refinement);
    return new SearchRequest(text, latitude, longitude, 0, limit, more);
  }

  /** Quick-reply refinements: 家族向け, オンライン, 近くの町も, 地元以外で. */
  public enum Refinement {
    /** Services for families (家族向け). */
    FAMILY,
    /** Only what can be used online (オンライン). */
    ONLINE,
    /** Neighbouring towns as good as the home town (近くの町も). */
    NEIGHBOURS,
    /** Not in the named town (地元以外で). */
    NOT_MY_TOWN
  }
}
