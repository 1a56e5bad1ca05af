package jp.junction.bot.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.places.Readings;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;

/**
 * What the ranking rules need to know about one resource, worked out once at load time from its
 * cells (the conditions it meets, when it is open, whether it is the town's own counter …).
 */
record Facts(
    Resource resource,
    Set<Flag> flags,
    long kindBits,
    long audienceBits,
    long flagBits,
    int coverage,
    String townKey,
    String text,
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

  /** Kinds of help a town's own counter offers (with outreach, which is always the town's). */
  private static final Set<Category> COUNTER_KINDS =
      EnumSet.of(Category.CONSULTATION, Category.MEDICAL, Category.LEARNING);

  private static final String DAY_BEFORE = "月火水木金土・、,/〜-週毎(（ ";

  static Facts of(Resource r, LocalDate today) {
    String text =
        Readings.normalize(r.name() + " " + r.description() + " " + String.join(" ", r.keywords()))
            .toLowerCase(Locale.ROOT);
    String hours = Readings.normalize(r.hours());
    AgeRange age = AgeRange.parse(Readings.normalize(r.age()));
    boolean local = r.coverage().equals("local");
    Set<Category> kinds = r.categories();
    boolean municipal =
        local
            && (kinds.contains(Category.OUTREACH)
                || (!Collections.disjoint(kinds, COUNTER_KINDS)
                    && (startsWithTown(r) || MUNICIPAL.matcher(text).find())));
    Set<Flag> flags = flags(r, hours);
    return new Facts(
        r,
        flags,
        bits(kinds),
        bits(r.audience()),
        bits(flags),
        local ? LOCAL : r.coverage().equals("prefecture") ? PREFECTURE : NATIONAL,
        r.prefecture() + "/" + r.municipality(),
        text,
        age,
        r.name().contains("男") || text.contains("男性"),
        text.contains("lgbt") || text.contains("性のあり方"),
        r.name().contains("きょうだい") || r.name().contains("兄弟"),
        (age != null && age.schoolAge()) || (text.contains("不登校") && !mentionsHikikomori(text)),
        r.name().contains("8050"),
        r.coverage().equals("prefecture") || (local && RESIDENTS.matcher(r.description()).find()),
        municipal,
        kinds.contains(Category.FAMILY) && CLASS.matcher(r.name()).find(),
        r.updated() != null && r.updated().isBefore(today.minusYears(2)));
  }

  /**
   * A set of words as bits by declaration order, for the ranking's inner loop: it tests every
   * candidate of a question against the question's wants, and comparing the sets element by element
   * there made a search about a third slower (50,000-resource benchmark, median p50 1.40 ms against
   * 1.05 ms before and 1.12 ms with bits).
   */
  static long bits(Set<? extends Enum<?>> words) {
    long bits = 0;
    for (Enum<?> word : words) {
      bits |= 1L << word.ordinal();
    }
    return bits;
  }

  /** The conditions the resource meets, from its columns and what its cells say. */
  private static EnumSet<Flag> flags(Resource r, String hours) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    when(flags, Flag.WOMEN_ONLY, r.womenOnly());
    when(flags, Flag.ONLINE, r.online());
    when(flags, Flag.ANONYMOUS_OK, r.anonymousOk());
    when(flags, Flag.NO_RESERVATION, !r.reservationRequired());
    when(flags, Flag.FREE, r.fee().strip().startsWith("無料"));
    when(flags, Flag.EVENING, evening(hours));
    when(flags, Flag.WEEKEND, weekend(hours));
    when(
        flags,
        Flag.IN_PERSON,
        !r.address().isEmpty() || r.categories().contains(Category.OUTREACH));
    return flags;
  }

  private static void when(Set<Flag> flags, Flag flag, boolean holds) {
    if (holds) {
      flags.add(flag);
    }
  }

  Set<Category> categories() {
    return resource.categories();
  }

  Set<Audience> audience() {
    return resource.audience();
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
