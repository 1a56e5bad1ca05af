package jp.junction.bot.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.places.Readings;
import jp.junction.bot.search.SearchResult.Resource;

/**
 * What the ranking rules need to know about one resource, worked out once at load time from its
 * cells (who it is for, when it is open, whether it is the town's own counter …).
 */
record Facts(
    Resource resource,
    int categories,
    int audience,
    int flags,
    int coverage,
    String townKey,
    String text,
    boolean free,
    boolean evening,
    boolean weekend,
    boolean inPerson,
    AgeRange age,
    boolean forMen,
    boolean forLgbtq,
    boolean forSiblings,
    boolean forSchoolAge,
    boolean is8050,
    boolean residentsOnly,
    boolean municipalService,
    boolean classLike,
    boolean stale) {

  static final int LOCAL = 0;
  static final int PREFECTURE = 1;
  static final int NATIONAL = 2;

  private static final Pattern TIME_RANGE =
      Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[-〜~–－]\\s*(\\d{1,2}):(\\d{2})");
  private static final Pattern RESIDENTS = Pattern.compile("在住|[市区町村]内の[^。]*向け");
  private static final Pattern MUNICIPAL = Pattern.compile("[市区町]の|市役所|役場|保健所|保健センター|保健相談所");
  private static final Pattern CLASS = Pattern.compile("教室|講座|セミナー|センター|相談");
  private static final String DAY_BEFORE = "月火水木金土・、,/〜-週毎(（ ";

  static Facts of(Resource r, LocalDate today) {
    String text =
        Readings.normalize(r.name() + " " + r.description() + " " + String.join(" ", r.keywords()))
            .toLowerCase(Locale.ROOT);
    String hours = Readings.normalize(r.hours());
    AgeRange age = AgeRange.parse(Readings.normalize(r.age()));
    boolean local = r.coverage().equals("local");
    boolean municipal =
        local
            && (r.categories().contains("outreach")
                || ((r.categories().contains("consultation")
                        || r.categories().contains("medical")
                        || r.categories().contains("learning"))
                    && (startsWithTown(r) || MUNICIPAL.matcher(text).find())));
    boolean free = r.fee().strip().startsWith("無料");
    boolean evening = evening(hours);
    boolean weekend = weekend(hours);
    boolean inPerson = !r.address().isEmpty() || r.categories().contains("outreach");
    int flags =
        (r.womenOnly() ? flagBit("women_only") : 0)
            | (r.online() ? flagBit("online") : 0)
            | (r.anonymousOk() ? flagBit("anonymous_ok") : 0)
            | (!r.reservationRequired() ? flagBit("no_reservation") : 0)
            | (free ? flagBit("free") : 0)
            | (evening ? flagBit("evening") : 0)
            | (weekend ? flagBit("weekend") : 0)
            | (inPerson ? flagBit("in_person") : 0);
    return new Facts(
        r,
        mask(r.categories(), ResourceCsv.CATEGORY_ORDER),
        mask(r.audience(), ResourceCsv.AUDIENCE_ORDER),
        flags,
        local ? LOCAL : r.coverage().equals("prefecture") ? PREFECTURE : NATIONAL,
        r.prefecture() + "/" + r.municipality(),
        text,
        free,
        evening,
        weekend,
        inPerson,
        age,
        r.name().contains("男") || text.contains("男性"),
        text.contains("lgbt") || text.contains("性のあり方"),
        r.name().contains("きょうだい") || r.name().contains("兄弟"),
        (age != null && age.schoolAge()) || (text.contains("不登校") && !mentionsHikikomori(text)),
        r.name().contains("8050"),
        r.coverage().equals("prefecture") || (local && RESIDENTS.matcher(r.description()).find()),
        municipal,
        r.categories().contains("family") && CLASS.matcher(r.name()).find(),
        r.updated() != null && r.updated().isBefore(today.minusYears(2)));
  }

  static final List<String> FLAGS =
      List.of(
          "women_only",
          "online",
          "anonymous_ok",
          "no_reservation",
          "free",
          "evening",
          "weekend",
          "in_person");

  static int flagBit(String flag) {
    int index = FLAGS.indexOf(flag);
    if (index < 0) {
      throw new IllegalArgumentException("unknown flag " + flag);
    }
    return 1 << index;
  }

  static int mask(Collection<String> values, List<String> order) {
    int mask = 0;
    for (String value : values) {
      int index = order.indexOf(value);
      if (index >= 0) {
        mask |= 1 << index;
      }
    }
    return mask;
  }

  boolean local() {
    return coverage == LOCAL;
  }

  boolean prefectureWide() {
    return coverage == PREFECTURE;
  }

  boolean hasAny(Iterable<String> terms) {
    for (String term : terms) {
      if (text.contains(term)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsHikikomori(String text) {
    return text.contains("ひきこもり") || text.contains("引きこもり") || text.contains("ひきこも");
  }

  private static boolean startsWithTown(Resource r) {
    String town = r.municipality();
    String stem = town.length() >= 3 ? town.substring(0, town.length() - 1) : town;
    return !town.isEmpty() && r.name().startsWith(stem);
  }

  static boolean evening(String hours) {
    if (hours.contains("24時間")) {
      return true;
    }
    Matcher m = TIME_RANGE.matcher(hours);
    while (m.find()) {
      int start = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
      int end = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
      if (end >= 19 * 60 || end < start) {
        return true;
      }
    }
    return false;
  }

  static boolean weekend(String hours) {
    if (hours.contains("土")
        || hours.contains("毎日")
        || hours.contains("24時間")
        || hours.contains("年中無休")) {
      return true;
    }
    for (int i = hours.indexOf('日'); i >= 0; i = hours.indexOf('日', i + 1)) {
      if (i + 1 < hours.length() && hours.charAt(i + 1) == '曜') {
        return true;
      }
      int j = i - 1;
      while (j >= 0 && (Character.isDigit(hours.charAt(j)) || hours.charAt(j) == '・')) {
        j--;
      }
      if (j < i - 1) {
        if (j >= 0 && hours.charAt(j) == '第') {
          return true;
        }
        continue;
      }
      if (i == 0 || DAY_BEFORE.indexOf(hours.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
