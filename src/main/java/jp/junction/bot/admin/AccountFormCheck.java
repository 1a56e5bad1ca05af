package jp.junction.bot.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jp.junction.bot.accounts.StaffRole;
import jp.junction.bot.places.Areas;

/**
 * A new account as a whole: an editor has an area or an organisation, the area's prefecture and
 * towns exist. Each problem is reported on its own field.
 */
class AccountFormCheck implements ConstraintValidator<WholeForm, AccountForm> {

  private final Areas areas;
  private final StaffWords words;

  AccountFormCheck(Areas areas, StaffWords words) {
    this.areas = areas;
    this.words = words;
  }

  @Override
  public boolean isValid(AccountForm form, ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    if (form.getRole() != StaffRole.EDITOR) {
      return true;
    }
    if (form.getPrefecture().isEmpty()) {
      if (form.getOrganisation().isEmpty()) {
        words.reject(context, "prefecture", "staff.error.editor-scope");
        return false;
      }
      return true;
    }
    if (!areas.exists(new Areas.Area(form.getPrefecture(), ""))) {
      words.reject(context, "prefecture", "staff.error.unknown-prefecture", form.getPrefecture());
      return false;
    }
    boolean valid = true;
    for (String town : form.towns()) {
      if (!areas.exists(new Areas.Area(form.getPrefecture(), town))) {
        words.reject(
            context,
            "municipalities",
            "staff.error.unknown-municipality",
            town,
            form.getPrefecture());
        valid = false;
      }
    }
    return valid;
  }
}
