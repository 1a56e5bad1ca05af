package jp.junction.bot.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An inclusive range of ages in years; {@code to} is null when open-ended. */
record AgeRange(int from, Integer to) {

  static final AgeRange ADULT = new AgeRange(18, null);

  private static final Pattern PART =
      Pattern.compile(
          "(\\d+)〜(\\d+)歳|(\\d+)歳(以上|未満|まで)?|(小・中学生|小中学生|中学生・高校生|中高生|小学生|中学生|高校生)(まで)?");

  boolean overlaps(AgeRange other) {
    return (to == null || other.from <= to) && (other.to == null || from <= other.to);
  }

  /** Ends at 18 or below: a service for school-age children. */
  boolean schoolAge() {
    return to != null && to <= 18;
  }

  /**
   * Reads a resource's {@code age} cell (15〜49歳, 18歳以上, 29歳まで, 小・中学生と保護者 …); null when it names no
   * age or school stage (any age).
   */
  static AgeRange parse(String text) {
    Matcher m = PART.matcher(text);
    Integer from = null;
    Integer to = null;
    boolean openEnded = false;
    boolean upToOnly = false;
    int parts = 0;
    while (m.find()) {
      parts++;
      int lo;
      Integer hi;
      if (m.group(1) != null) {
        lo = Integer.parseInt(m.group(1));
        hi = Integer.parseInt(m.group(2));
      } else if (m.group(3) != null) {
        int n = Integer.parseInt(m.group(3));
        String kind = m.group(4) == null ? "" : m.group(4);
        lo = kind.equals("未満") || kind.equals("まで") ? 0 : n;
        hi = kind.equals("以上") ? null : kind.equals("未満") ? n - 1 : n;
        openEnded |= kind.equals("以上");
        upToOnly |= kind.equals("未満") || kind.equals("まで");
      } else {
        int[] stage = stage(m.group(5));
        lo = m.group(6) != null ? 0 : stage[0];
        hi = stage[1];
        upToOnly |= m.group(6) != null;
      }
      if (!(upToOnly && lo == 0 && from != null)) {
        from = from == null ? lo : Math.min(from, lo);
      }
      if (hi != null) {
        to = to == null ? hi : Math.max(to, hi);
      }
    }
    if (parts == 0) {
      return null;
    }
    return new AgeRange(from, openEnded ? null : to);
  }

  private static int[] stage(String stage) {
    return switch (stage) {
      case "小・中学生", "小中学生" -> new int[] {6, 15};
      case "中学生・高校生", "中高生" -> new int[] {12, 18};
      case "小学生" -> new int[] {6, 12};
      case "中学生" -> new int[] {12, 15};
      default -> new int[] {15, 18};
    };
  }
}
