package jp.junction.bot.admin;

import jp.junction.bot.system.StaffLoginSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff login form, in Japanese, saying why the last try did not work (wrong password, locked
 * for a while, too many sessions). It opens no session: the CSRF token travels in a cookie.
 */
@Controller
class LoginPage {

  private final long lockMinutes;

  LoginPage(StaffLoginSettings settings) {
    this.lockMinutes = Math.max(1, settings.lockFor().toMinutes());
  }

  @GetMapping("/login")
  String login(@RequestParam(required = false) String why, Model model) {
    String problem =
        switch (why == null ? "" : why) {
          case "locked" -> "staff.login.locked";
          case "busy" -> "staff.login.busy";
          case "wrong" -> "staff.login.error";
          default -> null;
        };
    model.addAttribute("problem", problem);
    model.addAttribute("lockMinutes", lockMinutes);
    model.addAttribute("loggedOut", "logout".equals(why));
    return "staff/login";
  }
}
