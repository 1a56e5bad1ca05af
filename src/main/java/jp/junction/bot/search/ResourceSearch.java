package jp.junction.bot.search;

import java.util.List;

/**
 * Finds support resources for a question in the person's own words, optionally near a location.
 * Thread-safe; a data reload never breaks a running search.
 */
public interface ResourceSearch {

  SearchResult search(SearchRequest request);

  /**
   * A number that changes whenever the searchable data changes (a reload), so that answers kept for
   * repeated questions are never served from older data. Data that never changes: 0.
   */
  default long generation() {
    return 0;
  }

  /**
   * The places a free text names, each with its role (where the person lives, wants to go, does not
   * want to go), read as a search question would read them; none when it names no town.
   */
  default PlaceRoles places(String text) {
    return PlaceRoles.NONE;
  }

  /**
   * Every resource now searchable, in the order of the data (for printed and web lists of an area).
   * Data that cannot list itself: none.
   */
  default List<SearchResult.Resource> resources() {
    return List.of();
  }
}
