package jp.junction.bot.search;

import java.util.List;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.SearchResult.Resource;

/**
 * The written rules for who a service is for and when it fits (see the benchmark's grading
 * rules): kind of help, conditions, age, special groups, residents only, another town's own
 * counters, groups rather than classes, and freshness.
 */
final class Rules {

  private Rules() {}

  /** Estimated grade: 2 fully fits, 1 a useful fallback, 0 not fitting. */
  static int grade(Question q, Placing placing, Facts f, Placing.Fit fit) {
    Resource r = f.resource();
    int kind = kind(q, r);
    int place = fit.grade();
    boolean conditions = softConditions(q, f);
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
    if (grade == 2 && capped(q, placing, f)) {
      grade = 1;
    }
    return grade;
  }

  static boolean meets(String flag, Facts f) {
    Resource r = f.resource();
    return switch (flag) {
      case "women_only" -> r.womenOnly();
      case "online" -> r.online();
      case "anonymous_ok" -> r.anonymousOk();
      case "no_reservation" -> !r.reservationRequired();
      case "free" -> f.free();
      case "evening" -> f.evening();
      case "weekend" -> f.weekend();
      case "in_person" -> f.inPerson();
      default -> false;
    };
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
    String home = town == null ? null : town.key();
    String own = r.prefecture() + "/" + r.municipality();
    if (f.residentsOnly() && home != null) {
      boolean outside =
          r.coverage().equals("prefecture")
              ? !r.prefecture().equals(town.prefecture())
              : !own.equals(home);
      if (outside) {
        return false;
      }
    }
    if (f.residentsOnly() && r.coverage().equals("prefecture") && placing.prefecture() != null
        && !r.prefecture().equals(placing.prefecture())) {
      return false;
    }
    return !(f.municipalService() && home != null && !own.equals(home) && !q.notMyTown());
  }

  private static int kind(Question q, Resource r) {
    for (String category : r.categories()) {
      if (q.categories().contains(category)) {
        return 2;
      }
    }
    for (String category : r.categories()) {
      if (q.related().contains(category)) {
        return 1;
      }
    }
    return 0;
  }

  private static boolean softConditions(Question q, Facts f) {
    for (String flag : q.flags()) {
      if (!meets(flag, f)) {
        return false;
      }
    }
    for (List<String> anyOf : q.keywords()) {
      if (!f.hasAny(anyOf)) {
        return false;
      }
    }
    return !f.hasAny(q.notKeywords());
  }

  private static boolean capped(Question q, Placing placing, Facts f) {
    Resource r = f.resource();
    boolean specialGroup =
        (r.womenOnly() && !q.groups().contains("women"))
            || (f.forMen() && !q.groups().contains("men"))
            || (f.forLgbtq() && !q.groups().contains("lgbtq"))
            || (f.forSiblings() && !q.groups().contains("sibling"))
            || (f.forSchoolAge() && !q.groups().contains("school"));
    boolean young =
        q.groups().contains("school") || (q.age() != null && q.age().to() != null && q.age().to() < 40);
    String own = r.prefecture() + "/" + r.municipality();
    boolean otherTownCounter =
        f.municipalService() && placing.town() != null && !own.equals(placing.town().key());
    return specialGroup
        || (f.is8050() && young)
        || (q.wantsGroup() && f.classLike())
        || f.stale()
        || otherTownCounter;
  }

  /** A prefecture-wide group that meets (例会 / 会場) in the person's town counts as local. */
  private static boolean meetsInHomeTown(Placing placing, Facts f) {
    Municipality town = placing.town();
    Resource r = f.resource();
    if (town == null || !r.coverage().equals("prefecture")
        || !r.prefecture().equals(town.prefecture())) {
      return false;
    }
    String description = r.description();
    String name = town.name();
    String stem = name.length() >= 3 ? name.substring(0, name.length() - 1) : name;
    return (description.contains("例会") || description.contains("会場"))
        && description.contains(stem);
  }
}
