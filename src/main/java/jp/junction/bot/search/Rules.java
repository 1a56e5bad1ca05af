package jp.junction.bot.search;

import java.util.EnumSet;
import java.util.List;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;

/**
 * The written rules for who a service is for and when it fits (see the benchmark's grading rules):
 * kind of help, conditions, age, special groups, residents only, another town's own counters,
 * groups rather than classes, and freshness.
 */
final class Rules {

  private Rules() {}

  /**
   * A question's wants over {@link Facts}' categories, audience and conditions, as bits of the
   * vocabulary's sets (see {@link Facts#bits}).
   */
  record Wants(
      long categories,
      long related,
      long audience,
      long hardFlags,
      long softFlags,
      boolean women,
      boolean men,
      boolean lgbtq,
      boolean sibling,
      boolean school,
      boolean young) {
    static Wants of(Question q) {
      return new Wants(
          Facts.bits(q.categories()),
          Facts.bits(q.related()),
          q.audience() == null
              ? Facts.bits(EnumSet.of(Audience.SELF, Audience.FAMILY))
              : Facts.bits(EnumSet.of(q.audience())),
          Facts.bits(q.hardFlags()),
          Facts.bits(q.flags()),
          q.groups().contains("women"),
          q.groups().contains("men"),
          q.groups().contains("lgbtq"),
          q.groups().contains("sibling"),
          q.groups().contains("school"),
          q.groups().contains("school")
              || (q.age() != null && q.age().to() != null && q.age().to() < 40));
    }

    /** 2: a wanted kind of help, 1: a related kind, 0: neither. */
    int kind(Facts f) {
      return (f.kindBits() & categories) != 0 ? 2 : (f.kindBits() & related) != 0 ? 1 : 0;
    }

    /** The audience and every hard condition hold. */
    boolean admits(Facts f) {
      return (f.audienceBits() & audience) != 0 && (f.flagBits() & hardFlags) == hardFlags;
    }
  }

  /** Estimated grade: 2 fully fits, 1 a useful fallback, 0 not fitting. */
  static int grade(Question q, Wants wants, Placing placing, Facts f, Placing.Fit fit) {
    Resource r = f.resource();
    int kind = wants.kind(f);
    int place = fit.grade();
    boolean conditions = softConditions(q, wants, f);
    if (meetsInHomeTown(placing, f)) {
      place = 2;
    }
    int grade;
    if (kind == 2 && place == 2 && conditions) {
      grade = 2;
    } else if (kind == 2 && place >= 1) {
      grade = 1;
    } else if (kind == 1 && (place == 2 || (place == 1 && !r.coverage().equals("local")))) {
      grade = 1;
    } else {
      grade = 0;
    }
    if (kind == 2
        && conditions
        && q.statesCondition()
        && placing.town() == null
        && !q.hasLocation()
        && !r.coverage().equals("local")) {
      grade = 2;
    }
    if (grade == 2 && capped(q, wants, placing, f)) {
      grade = 1;
    }
    return grade;
  }

  /** Rules that give grade 0 wherever the service is: age, sex, residents only, other towns. */
  static boolean allowedFor(Question q, Placing placing, Facts f) {
    Resource r = f.resource();
    if (q.age() != null && f.age() != null && !q.age().overlaps(f.age())) {
      return false;
    }
    if ((q.groups().contains("men") && r.womenOnly())
        || (q.groups().contains("women") && !q.groups().contains("men") && f.forMen())) {
      return false;
    }
    Municipality town = placing.town();
    String home = placing.homeKey();
    String own = f.townKey();
    if (f.residentsOnly() && home != null) {
      boolean outside =
          r.coverage().equals("prefecture")
              ? !r.prefecture().equals(town.prefecture())
              : !own.equals(home);
      if (outside) {
        return false;
      }
    }
    if (f.residentsOnly()
        && r.coverage().equals("prefecture")
        && placing.prefecture() != null
        && !r.prefecture().equals(placing.prefecture())) {
      return false;
    }
    return !(f.municipalService() && home != null && !own.equals(home) && !q.notMyTown());
  }

  private static boolean softConditions(Question q, Wants wants, Facts f) {
    if ((f.flagBits() & wants.softFlags()) != wants.softFlags()) {
      return false;
    }
    for (List<String> anyOf : q.keywords()) {
      if (!f.hasAny(anyOf)) {
        return false;
      }
    }
    return !f.hasAny(q.notKeywords());
  }

  private static boolean capped(Question q, Wants wants, Placing placing, Facts f) {
    Resource r = f.resource();
    boolean specialGroup =
        (r.womenOnly() && !wants.women())
            || (f.forMen() && !wants.men())
            || (f.forLgbtq() && !wants.lgbtq())
            || (f.forSiblings() && !wants.sibling())
            || (f.forSchoolAge() && !wants.school());
    boolean young = wants.young();
    String own = f.townKey();
    boolean otherTownCounter =
        f.municipalService() && placing.town() != null && !own.equals(placing.homeKey());
    return specialGroup
        || (f.is8050() && young)
        || (q.wantsGroup() && f.classLike())
        || f.stale()
        || otherTownCounter;
  }

  /** A prefecture-wide group that meets (例会 / 会場) in the person's town counts as local. */
  private static boolean meetsInHomeTown(Placing placing, Facts f) {
    if (placing.homeStem() == null || !f.prefectureWide() || placing.roles().avoidsHome()) {
      return false;
    }
    Resource r = f.resource();
    String description = r.description();
    return r.prefecture().equals(placing.town().prefecture())
        && (description.contains("例会") || description.contains("会場"))
        && description.contains(placing.homeStem());
  }
}
