package jp.junction.bot.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import jp.junction.bot.search.SearchResult.Resource;

/**
 * One entry of the directory: the resource as in resources.csv and its service status.
 *
 * @param resource the resource's cells, checked as resources.csv's rows are
 * @param status whether it is searched ({@link Status#ACTIVE}) or retired, and why
 */
public record DirectoryEntry(Resource resource, Status status) {

  /**
   * A service's status as Open Referral's HSDS has it ({@code service.status}): only active entries
   * are searched; the others are kept with their history instead of being deleted.
   */
  public enum Status {
    ACTIVE,
    TEMPORARILY_CLOSED,
    INACTIVE,
    DEFUNCT;

    /** How HSDS writes it ({@code active}, {@code temporarily closed}, ...), also in the store. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The status written as {@code code} (HSDS's words, or the constant's name). */
    public static Optional<Status> find(String code) {
      String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
      return Arrays.stream(values()).filter(s -> s.code().equals(wanted)).findFirst();
    }
  }

  public DirectoryEntry {
    if (resource == null || status == null) {
      throw new IllegalArgumentException("an entry needs a resource and a status");
    }
  }

  public String id() {
    return resource.id();
  }

  /** Whether the search offers it. */
  public boolean searchable() {
    return status == Status.ACTIVE;
  }

  /** The same entry with another status. */
  public DirectoryEntry with(Status other) {
    return new DirectoryEntry(resource, other);
  }
}
