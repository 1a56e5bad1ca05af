package jp.junction.bot.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, and the new one twice. */
public class PasswordForm {

  /** The shortest password the pages accept. */
  static final int MIN = 12;

  @NotBlank private String current = "";

  @Size(min = MIN, max = 200)
  private String password = "";

  private String repeat = "";

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current == null ? "" : current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat == null ? "" : repeat;
  }
}
