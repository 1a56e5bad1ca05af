package jp.junction.bot.search;

/**
 * Finds support resources for a question in the person's own words, optionally near a location.
 * Thread-safe; a data reload never breaks a running search.
 */
public interface ResourceSearch {

  SearchResult search(SearchRequest request);
}
