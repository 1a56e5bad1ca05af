package jp.junction.bot.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Coded;
import jp.junction.bot.vocabulary.Link;

/**
 * The directory entry form as a whole: known kinds and audiences, a prefecture unless the service
 * is national and a real town of it when it is local, coordinates that are numbers in Japan (or
 * both empty: they come from the town), a link that starts with https:// and that LINE can open
 * once percent-encoded (at most 1,000 characters), and a real date. Each problem on its own field.
 */
class ResourceFormCheck implements ConstraintValidator<WholeForm, ResourceForm> {

  private final PlaceCheck places;
  private final StaffWords words;

  ResourceFormCheck(PlaceCheck places, StaffWords words) {
    this.places = places;
    this.words = words;
  }

  @Override
  public boolean isValid(ResourceForm form, ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    for (String code : form.getCategory()) {
      if (Coded.find(Category.class, code).isEmpty()) {
        words.reject(context, "category", "staff.directory.error.category");
        valid = false;
      }
    }
    for (String code : form.getAudience()) {
      if (Coded.find(Audience.class, code).isEmpty()) {
        words.reject(context, "audience", "staff.error.audience");
        valid = false;
      }
    }
    valid &= place(form, context);
    valid &= coordinates(form, context);
    if (!form.getUrl().isEmpty()) {
      if (!form.getUrl().toLowerCase(java.util.Locale.ROOT).startsWith("https://")) {
        words.reject(context, "url", "staff.directory.error.https");
        valid = false;
      } else if (Link.tryParse(form.getUrl()).isEmpty()) {
        words.reject(context, "url", "staff.directory.error.link");
        valid = false;
      }
    }
    if (!form.getUpdated().isEmpty()) {
      try {
        LocalDate.parse(form.getUpdated());
      } catch (DateTimeParseException e) {
        words.reject(context, "updated", "staff.directory.error.date");
        valid = false;
      }
    }
    return valid;
  }

  private boolean place(ResourceForm form, ConstraintValidatorContext context) {
    String coverage = form.getCoverage();
    if (coverage.equals("national")) {
      return true;
    }
    if (form.getPrefecture().isEmpty()) {
      words.reject(context, "prefecture", "staff.directory.error.prefecture");
      return false;
    }
    if (coverage.equals("local") && form.getMunicipality().isEmpty()) {
      words.reject(context, "municipality", "staff.directory.error.municipality");
      return false;
    }
    return places.town(
        form.getPrefecture(), coverage.equals("local") ? form.getMunicipality() : "", context);
  }

  private boolean coordinates(ResourceForm form, ConstraintValidatorContext context) {
    boolean valid = true;
    valid &= number(form.getLat(), 20, 46, "lat", context);
    valid &= number(form.getLon(), 122, 154, "lon", context);
    if (valid && form.getLat().isEmpty() != form.getLon().isEmpty()) {
      words.reject(context, form.getLat().isEmpty() ? "lat" : "lon", "staff.directory.error.pair");
      return false;
    }
    return valid;
  }

  private boolean number(
      String typed, double min, double max, String field, ConstraintValidatorContext context) {
    if (typed.isEmpty()) {
      return true;
    }
    try {
      double v = Double.parseDouble(typed);
      if (v >= min && v <= max) {
        return true;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    words.reject(context, field, "staff.directory.error." + field, typed);
    return false;
  }
}
