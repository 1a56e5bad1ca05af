package jp.junction.bot.accounts;

import java.util.List;

/**
 * One staff account as kept (the password only as its hash). An editor's area is a prefecture, or
 * some municipalities of it; an empty prefecture means no area (an organisation-only editor).
 *
 * @param name the login name
 * @param passwordHash the encoded password ({@code {bcrypt}…})
 * @param role administrator or editor
 * @param prefecture the editor's prefecture, or empty
 * @param municipalities the editor's towns within it; empty = the whole prefecture
 * @param organisation the editor's organisation, or empty
 */
public record StaffAccount(
    String name,
    String passwordHash,
    StaffRole role,
    String prefecture,
    List<String> municipalities,
    String organisation) {

  public StaffAccount {
    prefecture = prefecture == null ? "" : prefecture.strip();
    municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    organisation = organisation == null ? "" : organisation.strip();
  }

  /**
   * Whether this account may act on something held in {@code prefecture} / {@code municipality}.
   */
  public boolean covers(String prefecture, String municipality) {
    if (role == StaffRole.ADMIN) {
      return true;
    }
    if (this.prefecture.isEmpty() || !this.prefecture.equals(prefecture)) {
      return false;
    }
    return municipalities.isEmpty() || municipalities.contains(municipality);
  }

  /** The same account with another password hash. */
  StaffAccount withPassword(String hash) {
    return new StaffAccount(name, hash, role, prefecture, municipalities, organisation);
  }
}
