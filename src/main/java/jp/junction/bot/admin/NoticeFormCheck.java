package jp.junction.bot.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;

/**
 * The notice form as a whole: every area exists, the audiences are known, and a chosen send time is
 * filled in. Each problem is reported on its own field.
 */
class NoticeFormCheck implements ConstraintValidator<WholeForm, NoticeForm> {

  private final PlaceCheck places;
  private final StaffWords words;

  NoticeFormCheck(PlaceCheck places, StaffWords words) {
    this.places = places;
    this.words = words;
  }

  @Override
  public boolean isValid(NoticeForm form, ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    boolean valid = places.areas(form.areaList(), "areas", context);
    for (String code : form.getAudience()) {
      if (Coded.find(Audience.class, code).isEmpty()) {
        words.reject(context, "audience", "staff.error.audience");
        valid = false;
      }
    }
    if (form.getWhen() == NoticeForm.When.AT && form.getSendAt() == null) {
      words.reject(context, "sendAt", "staff.error.send-at");
      valid = false;
    }
    return valid;
  }
}
