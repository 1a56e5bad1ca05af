package jp.junction.bot.search;

import java.util.List;
import java.util.Optional;
import jp.junction.bot.search.SearchResult.Resource;

/**
 * Where the search takes its resources from at start, when it is not {@code resources.csv} itself
 * (the directory store, which the file only seeds). Later changes arrive through {@link
 * LuceneResourceSearch#replace}.
 */
public interface ResourceSource {

  /**
   * The resources to search now, or empty when the source cannot say (its store is unreachable, it
   * is switched off): the search then reads {@code resources.csv} as before.
   */
  Optional<List<Resource>> searchable();
}
