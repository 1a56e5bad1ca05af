package jp.junction.bot.admin;

import java.time.Instant;
import jp.junction.bot.line.ChannelToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every staff page shares: the warning while LINE refuses the channel token (nothing can be
 * sent), and a Japanese page instead of an error when the store cannot be reached.
 */
@ControllerAdvice(
    assignableTypes = {
      EventPagesController.class,
      NoticePagesController.class,
      AccountPagesController.class,
      BookletPagesController.class,
      DirectoryPagesController.class,
      ImportPagesController.class,
      StatsPagesController.class,
      CoveragePagesController.class
    })
class StaffPageAdvice {

  private static final Logger log = LoggerFactory.getLogger(StaffPageAdvice.class);

  private final ChannelToken token;

  StaffPageAdvice(ChannelToken token) {
    this.token = token;
  }

  /** These pages are behind the login: the layout shows the navigation and the logout button. */
  @ModelAttribute("signedIn")
  boolean signedIn() {
    return true;
  }

  /** Administrators see the accounts page in the navigation. */
  @ModelAttribute("isAdmin")
  boolean isAdmin(org.springframework.security.core.Authentication who) {
    return who != null
        && who.getAuthorities().stream()
            .anyMatch(
                a -> jp.junction.bot.accounts.StaffRole.ADMIN.authority().equals(a.getAuthority()));
  }

  /** Which entry of the navigation is the page shown (marked with aria-current). */
  @ModelAttribute("navSection")
  String navSection(jakarta.servlet.http.HttpServletRequest request) {
    return section(request.getRequestURI().substring(request.getContextPath().length()));
  }

  static String section(String path) {
    for (String section : new String[] {"accounts", "password", "booklet", "stats", "coverage"}) {
      if (path.startsWith("/admin/" + section)) {
        return section;
      }
    }
    if (path.startsWith("/admin/directory/import") || path.startsWith("/admin/directory/export")) {
      return "import";
    }
    return path.startsWith("/admin/directory") ? "directory" : "events";
  }

  /** Since when LINE has refused the token, or null while it is accepted. */
  @ModelAttribute("tokenRejectedSince")
  Instant tokenRejectedSince() {
    return token.rejectedSince().orElse(null);
  }

  /** An editor acting outside their area: 403, and the page says why. */
  @ExceptionHandler(OutsideScope.class)
  ModelAndView outside(OutsideScope e) {
    ModelAndView page = EventPage.problem("forbidden", HttpStatus.FORBIDDEN);
    page.addObject("problemText", e.getMessage());
    page.addObject("signedIn", true);
    return page;
  }

  @ExceptionHandler(DataAccessException.class)
  ModelAndView unavailable(DataAccessException e) {
    log.warn("Staff page could not reach the store: {}", e.getClass().getSimpleName());
    return EventPage.problem("unavailable", HttpStatus.SERVICE_UNAVAILABLE);
  }
}
