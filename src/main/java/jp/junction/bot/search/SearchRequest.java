package jp.junction.bot.search;

/**
 * A question as the person typed it, and optionally a location (from a LINE location message). A
 * refinement tapped after an answer is its words appended to the text, so the search reads it like
 * anything typed.
 *
 * @param text the question, may be empty when only a location is given
 * @param latitude WGS84, or null
 * @param longitude WGS84, or null
 * @param offset index of the first hit wanted (paging: "もっと見る")
 * @param limit how many hits at most (the chat shows up to 10)
 */
public record SearchRequest(String text, Double latitude, Double longitude, int offset, int limit) {

  public static SearchRequest ofText(String text, int limit) {
    return new SearchRequest(text, null, null, 0, limit);
  }
}
