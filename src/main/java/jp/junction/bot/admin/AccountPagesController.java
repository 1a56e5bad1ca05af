package jp.junction.bot.admin;

import jakarta.validation.Valid;
import jp.junction.bot.accounts.StaffAccounts;
import jp.junction.bot.accounts.StaffLogins;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff accounts: administrators list, add and remove them and read the audit log ({@code
 * /admin/accounts}, administrators only by the security rules); everyone changes their own password
 * ({@code /admin/password}).
 */
@Controller
@RequestMapping("/admin")
class AccountPagesController {

  private static final int AUDIT_SHOWN = 50;

  private final StaffAccounts accounts;
  private final StaffLogins logins;

  AccountPagesController(StaffAccounts accounts, StaffLogins logins) {
    this.accounts = accounts;
    this.logins = logins;
  }

  @GetMapping("/accounts")
  ModelAndView list(Model model) {
    return page(model, HttpStatus.OK);
  }

  @PostMapping("/accounts")
  ModelAndView create(
      @Valid @ModelAttribute("accountForm") AccountForm form,
      BindingResult errors,
      Model model,
      Authentication who) {
    if (!errors.hasErrors() && logins.fromEnvironment(form.getName())) {
      errors.rejectValue("name", "staff.error.account-taken");
    }
    if (!errors.hasErrors()) {
      try {
        accounts.create(form.account(), form.getPassword(), who.getName());
        return EventPage.seeOther("/admin/accounts");
      } catch (IllegalArgumentException e) {
        errors.rejectValue("name", "staff.error.account-taken");
      }
    }
    return page(model, HttpStatus.BAD_REQUEST);
  }

  @PostMapping("/accounts/{name}/delete")
  ModelAndView delete(@PathVariable String name, Authentication who) {
    if (!name.equals(who.getName())) {
      accounts.delete(name, who.getName());
    }
    return EventPage.seeOther("/admin/accounts");
  }

  @GetMapping("/password")
  ModelAndView password(Model model, Authentication who) {
    model.addAttribute("passwordForm", new PasswordForm());
    return passwordPage(model, who, HttpStatus.OK);
  }

  @PostMapping("/password")
  ModelAndView changePassword(
      @Valid @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult errors,
      Model model,
      Authentication who) {
    if (logins.fromEnvironment(who.getName())) {
      return passwordPage(model, who, HttpStatus.BAD_REQUEST);
    }
    if (!form.getPassword().equals(form.getRepeat())) {
      errors.rejectValue("repeat", "staff.error.repeat");
    }
    if (!errors.hasFieldErrors("current") && !accounts.matches(who.getName(), form.getCurrent())) {
      errors.rejectValue("current", "staff.error.current");
    }
    if (errors.hasErrors()) {
      return passwordPage(model, who, HttpStatus.BAD_REQUEST);
    }
    accounts.changePassword(who.getName(), form.getPassword(), who.getName());
    model.addAttribute("changed", true);
    model.addAttribute("passwordForm", new PasswordForm());
    return passwordPage(model, who, HttpStatus.OK);
  }

  private ModelAndView passwordPage(Model model, Authentication who, HttpStatus status) {
    model.addAttribute("fromEnvironment", logins.fromEnvironment(who.getName()));
    return new ModelAndView("staff/password", status);
  }

  private ModelAndView page(Model model, HttpStatus status) {
    if (!model.containsAttribute("accountForm")) {
      model.addAttribute("accountForm", new AccountForm());
    }
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("audit", accounts.audit(AUDIT_SHOWN));
    return new ModelAndView("staff/accounts", status);
  }
}
