package jp.junction.bot.accounts;

/** What a staff account may do: everything (and manage accounts), or edit within its scope. */
public enum StaffRole {
  ADMIN,
  EDITOR;

  /** The Spring Security authority of the role ({@code ROLE_ADMIN}, {@code ROLE_EDITOR}). */
  public String authority() {
    return "ROLE_" + name();
  }
}
