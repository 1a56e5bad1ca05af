package jp.junction.bot.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import jp.junction.bot.accounts.StaffAccount;
import jp.junction.bot.accounts.StaffRole;

/**
 * A new staff account as an administrator fills it in: a login name, a role, for an editor the area
 * (a prefecture, and optionally some of its towns, one per line) and/or the organisation, and a
 * first password the person changes after logging in.
 */
@WholeForm
public class AccountForm {

  @NotBlank
  @Pattern(regexp = "[a-z0-9._-]{3,40}")
  private String name = "";

  @NotNull private StaffRole role = StaffRole.EDITOR;
  private String prefecture = "";
  private String municipalities = "";

  @Size(max = 100)
  private String organisation = "";

  @Size(min = PasswordForm.MIN, max = 200)
  private String password = "";

  /** The typed towns, one per line (or separated by 、 or commas). */
  List<String> towns() {
    return Arrays.stream(municipalities.split("[\\n、,，]"))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  StaffAccount account() {
    return role == StaffRole.ADMIN
        ? new StaffAccount(name, null, role, "", List.of(), "")
        : new StaffAccount(name, null, role, prefecture, towns(), organisation);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = EventForm.trimmed(name);
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = EventForm.trimmed(prefecture);
  }

  public String getMunicipalities() {
    return municipalities;
  }

  public void setMunicipalities(String municipalities) {
    this.municipalities = municipalities == null ? "" : municipalities;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = EventForm.trimmed(organisation);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }
}
