package jp.junction.bot.admin;

import static jp.junction.bot.admin.AdminHtml.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import jp.junction.bot.system.StaffLoginSettings;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff login form, in Japanese, saying why the last try did not work (wrong password, locked
 * for a while, too many sessions). It opens no session: the CSRF token travels in a cookie.
 */
@RestController
class LoginPage {

  private final MessageSource messages;
  private final long lockMinutes;

  LoginPage(MessageSource messages, StaffLoginSettings settings) {
    this.messages = messages;
    this.lockMinutes = Math.max(1, settings.lockFor().toMinutes());
  }

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
  String login(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String fields =
        AdminHtml.text("username", word("staff.login.user"), "")
            + "<label>"
            + esc(word("staff.login.password"))
            + "<input type=\"password\" id=\"password\" name=\"password\""
            + " autocomplete=\"current-password\"></label>";
    return AdminHtml.page(
        word("staff.login.title"),
        AdminHtml.error(problem(request))
            + ("logout".equals(request.getParameter("why"))
                ? "<p id=\"logout\">" + esc(word("staff.login.logout")) + "</p>"
                : "")
            + AdminHtml.form("/login", csrf, fields, word("staff.login.submit"), "login"));
  }

  private String problem(HttpServletRequest request) {
    String why = request.getParameter("why");
    if ("locked".equals(why)) {
      return messages.getMessage("staff.login.locked", new Object[] {lockMinutes}, Locale.JAPANESE);
    }
    if ("busy".equals(why)) {
      return word("staff.login.busy");
    }
    return "wrong".equals(why) ? word("staff.login.error") : null;
  }

  private String word(String key) {
    return messages.getMessage(key, null, Locale.JAPANESE);
  }
}
