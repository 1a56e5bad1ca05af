package jp.junction.bot.system;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff login for {@code /admin}: {@code JUNCTION_ADMIN_USER} and {@code
 * JUNCTION_ADMIN_PASSWORD}. In local mode, or without a password, a random one is generated at each
 * start and logged once (at WARN, with the user name), so a local run is usable and a forgotten
 * setting is visible.
 */
@Validated
@ConfigurationProperties("junction.admin")
public record StaffSettings(@DefaultValue("staff") @NotBlank String user, String password) {

  @Override
  public String toString() {
    return "StaffSettings[user="
        + user
        + ", password="
        + (password == null ? "unset" : "***")
        + "]";
  }
}
