package jp.junction.bot.saved;

import java.util.Optional;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectorySettings;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.search.SearchResult;
import org.springframework.stereotype.Component;

/**
 * A saved place as the directory has it now: current, retired (with its status), or gone. With the
 * directory store switched off, or before it is first seeded, the search's data is the directory,
 * and a place it no longer offers counts as gone.
 */
@Component
class PlaceLookup {

  /** Where a saved place stands today. */
  sealed interface Place {
    /** Searched as usual: its current details. */
    record Current(SearchResult.Resource resource) implements Place {}

    /** Kept in the directory but not offered any more, and why. */
    record Retired(SearchResult.Resource resource, DirectoryEntry.Status status) implements Place {}

    /** No longer in the directory at all. */
    record Gone(String id) implements Place {}
  }

  private final DirectoryStore directory;
  private final DirectorySettings settings;
  private final ResourceSearch search;

  PlaceLookup(DirectoryStore directory, DirectorySettings settings, ResourceSearch search) {
    this.directory = directory;
    this.settings = settings;
    this.search = search;
  }

  Place find(String id) {
    Optional<DirectoryEntry> entry = settings.enabled() ? directory.get(id) : Optional.empty();
    if (entry.isEmpty()) {
      return search.resources().stream()
          .filter(r -> r.id().equals(id))
          .findFirst()
          .<Place>map(Place.Current::new)
          .orElseGet(() -> new Place.Gone(id));
    }
    return entry.get().searchable()
        ? new Place.Current(entry.get().resource())
        : new Place.Retired(entry.get().resource(), entry.get().status());
  }

  /** Whether the person may save this id: only places the directory offers now. */
  boolean offered(String id) {
    return find(id) instanceof Place.Current;
  }
}
