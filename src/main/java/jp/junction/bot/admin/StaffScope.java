package jp.junction.bot.admin;

import java.util.List;
import jp.junction.bot.accounts.StaffAccount;
import jp.junction.bot.accounts.StaffLogins;
import jp.junction.bot.events.Event;
import jp.junction.bot.places.Areas;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether the logged-in staff member may change something held in an area: administrators
 * everywhere, editors only within their prefecture or towns. Refusals say why, in Japanese.
 */
@Component
class StaffScope {

  private final StaffLogins logins;
  private final StaffWords words;

  StaffScope(StaffLogins logins, StaffWords words) {
    this.logins = logins;
    this.words = words;
  }

  /** The logged-in staff member's account name, as the audit logs record it. */
  String name(Authentication who) {
    return logins
        .current(who)
        .map(StaffAccount::name)
        .orElseThrow(() -> new OutsideScope(words.get("staff.forbidden.unknown")));
  }

  /** Throws {@link OutsideScope} unless {@code who} may act on {@code event}. */
  void check(Authentication who, Event event) {
    check(who, new Areas.Area(event.prefecture(), event.municipality()));
  }

  /** Throws {@link OutsideScope} unless {@code who} may act on every one of {@code areas}. */
  void check(Authentication who, List<Areas.Area> areas) {
    areas.forEach(a -> check(who, a));
  }

  /**
   * Whether {@code who} may change something held in an area, as one lookup of the account for many
   * areas (an import's rows).
   */
  java.util.function.Predicate<Areas.Area> covers(Authentication who) {
    StaffAccount account =
        logins
            .current(who)
            .orElseThrow(() -> new OutsideScope(words.get("staff.forbidden.unknown")));
    return area -> account.covers(area.prefecture(), area.municipality());
  }

  void check(Authentication who, Areas.Area area) {
    StaffAccount account =
        logins
            .current(who)
            .orElseThrow(() -> new OutsideScope(words.get("staff.forbidden.unknown")));
    if (!account.covers(area.prefecture(), area.municipality())) {
      String mine =
          account.prefecture().isEmpty()
              ? words.get("staff.scope.none")
              : account.municipalities().isEmpty()
                  ? account.prefecture()
                  : words.get(
                      "staff.scope.towns",
                      account.prefecture(),
                      String.join(words.get("staff.scope.separator"), account.municipalities()));
      throw new OutsideScope(words.get("staff.forbidden.area", area.label(), mine));
    }
  }
}
