package jp.junction.bot.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jp.junction.bot.events.Event;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import jp.junction.bot.vocabulary.Link;

/**
 * The event form as a whole: it ends after it starts, names a real prefecture (or 全国) and a town of
 * it, is for known audiences, and has a registration link LINE can open. Each problem is reported
 * on its own field.
 */
class EventFormCheck implements ConstraintValidator<WholeForm, EventForm> {

  private final PlaceCheck places;
  private final StaffWords words;

  EventFormCheck(PlaceCheck places, StaffWords words) {
    this.places = places;
    this.words = words;
  }

  @Override
  public boolean isValid(EventForm form, ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    if (form.getStartsAt() != null
        && form.getEndsAt() != null
        && form.getEndsAt().isBefore(form.getStartsAt())) {
      words.reject(context, "endsAt", "staff.error.ends-before-start");
      valid = false;
    }
    if (!form.getPrefecture().isEmpty() && !Event.NATIONAL.equals(form.getPrefecture())) {
      valid &= places.town(form.getPrefecture(), form.getMunicipality(), context);
    }
    for (String code : form.getAudience()) {
      if (Coded.find(Audience.class, code).isEmpty()) {
        words.reject(context, "audience", "staff.error.audience");
        valid = false;
      }
    }
    if (Link.looksLikeLink(form.getRegistration())
        && Link.tryParse(form.getRegistration()).isEmpty()) {
      words.reject(context, "registration", "staff.error.link");
      valid = false;
    }
    return valid & repeats(form, context);
  }

  /**
   * A repeat rule the bot can read (with its times, or the start and end fields give them), every
   * few weeks only for a weekly rule, and a last date not before the first.
   */
  private boolean repeats(EventForm form, ConstraintValidatorContext context) {
    if (form.getRepeat().isEmpty()) {
      return true;
    }
    OpeningHours rule = OpeningHours.parse(form.rule());
    if (!rule.isReadable()) {
      words.reject(context, "repeat", "staff.error.repeat-rule");
      return false;
    }
    boolean valid = true;
    if (form.getEveryWeeks() > 1 && !rule.isWeekly()) {
      words.reject(context, "everyWeeks", "staff.error.every-weeks-monthly");
      valid = false;
    }
    if (form.getRepeatUntil() != null
        && form.getStartsAt() != null
        && form.getRepeatUntil().isBefore(form.getStartsAt().toLocalDate())) {
      words.reject(context, "repeatUntil", "staff.error.repeat-until");
      valid = false;
    }
    return valid;
  }
}
