package jp.junction.bot.admin;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.events.Event;
import jp.junction.bot.places.Areas;
import org.springframework.stereotype.Component;

/**
 * Whether the places staff type exist in the gazetteer, with a Japanese message on the field that
 * is wrong and, when the words name a place after all (「香川」, 「たかまつ」), what they probably meant.
 */
@Component
class PlaceCheck {

  private final Areas areas;
  private final StaffWords words;

  PlaceCheck(Areas areas, StaffWords words) {
    this.areas = areas;
    this.words = words;
  }

  /** An event's prefecture and (optional) municipality, reported on those two fields. */
  boolean town(String prefecture, String municipality, ConstraintValidatorContext context) {
    if (!areas.exists(new Areas.Area(prefecture, ""))) {
      Optional<String> meant = areas.prefecture(prefecture).filter(p -> !p.equals(prefecture));
      if (meant.isPresent()) {
        words.reject(
            context, "prefecture", "staff.error.unknown-prefecture.maybe", prefecture, meant.get());
      } else {
        words.reject(context, "prefecture", "staff.error.unknown-prefecture", prefecture);
      }
      return false;
    }
    if (!municipality.isEmpty() && !areas.exists(new Areas.Area(prefecture, municipality))) {
      words.reject(
          context, "municipality", "staff.error.unknown-municipality", municipality, prefecture);
      return false;
    }
    return true;
  }

  /** A notice's areas (each a town, a whole prefecture or 全国), reported on {@code field}. */
  boolean areas(List<Areas.Area> chosen, String field, ConstraintValidatorContext context) {
    if (chosen.isEmpty()) {
      words.reject(context, field, "staff.error.no-area");
      return false;
    }
    boolean valid = true;
    for (Areas.Area area : chosen) {
      if (Event.NATIONAL.equals(area.prefecture()) && area.wholePrefecture()
          || areas.exists(area)) {
        continue;
      }
      String typed = (area.prefecture() + " " + area.municipality()).strip();
      List<Areas.Area> meant = areas.mentioned(typed);
      if (meant.size() == 1) {
        Areas.Area m = meant.get(0);
        words.reject(
            context,
            field,
            "staff.error.unknown-area.maybe",
            typed,
            (m.prefecture() + " " + m.municipality()).strip());
      } else {
        words.reject(context, field, "staff.error.unknown-area", typed);
      }
      valid = false;
    }
    return valid;
  }
}
