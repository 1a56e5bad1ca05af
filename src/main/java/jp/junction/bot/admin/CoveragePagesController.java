package jp.junction.bot.admin;

import java.util.Optional;
import jp.junction.bot.accounts.StaffAccount;
import jp.junction.bot.accounts.StaffLogins;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Prefecture;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 地域ごとの状況: for a prefecture staff pick (an editor's own to begin with), the table of its
 * municipalities by kind of place, with empty cells marked, so a town sees where it has nothing.
 */
@Controller
@RequestMapping("/admin")
class CoveragePagesController {

  private final CoverageTable coverage;
  private final Gazetteer gazetteer;
  private final StaffLogins logins;

  CoveragePagesController(CoverageTable coverage, Gazetteer gazetteer, StaffLogins logins) {
    this.coverage = coverage;
    this.gazetteer = gazetteer;
    this.logins = logins;
  }

  @GetMapping("/coverage")
  ModelAndView page(
      @RequestParam(required = false) String prefecture, Model model, Authentication who) {
    String asked =
        prefecture != null
            ? prefecture.strip()
            : logins.current(who).map(StaffAccount::prefecture).orElse("");
    model.addAttribute("prefecture", asked);
    model.addAttribute("kinds", CoverageTable.KINDS);
    if (asked.isEmpty()) {
      return new ModelAndView("staff/coverage", HttpStatus.OK);
    }
    Optional<Prefecture> found = gazetteer.prefecture(asked);
    if (found.isEmpty()) {
      model.addAttribute("unknown", true);
      return new ModelAndView("staff/coverage", HttpStatus.BAD_REQUEST);
    }
    model.addAttribute("table", coverage.of(found.get()));
    return new ModelAndView("staff/coverage", HttpStatus.OK);
  }
}
