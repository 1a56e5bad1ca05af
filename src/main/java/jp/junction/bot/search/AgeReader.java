package jp.junction.bot.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The age of the person a question is about, only when stated or clearly implied: 30代, 25歳, 息子（25）,
 * 中2, 高校生, or an adult (a spouse, years shut in, after university).
 */
final class AgeReader {

  private static final Pattern DECADE = Pattern.compile("([1-9]0)代(?!の(母|父|親|両親))");
  private static final Pattern YEARS = Pattern.compile("(もうすぐ)?([1-9][0-9])(歳|才)");
  private static final Pattern IN_BRACKETS =
      Pattern.compile("(息子|娘|子|兄|弟|姉|妹|夫|妻)\\(([1-9][0-9]?)\\)");
  private static final Pattern SCHOOL_YEAR =
      Pattern.compile("(小|中|高)(?:(?:学校|校)(?:で|の)?|学)?([1-6])年?");
  private static final Pattern STAGE = Pattern.compile("小学生|中学生|高校生");
  private static final Pattern ADULT =
      Pattern.compile("夫|妻|旦那|大学を?中退|大学を?卒業|社会人|会社を?辞め|仕事を?(辞め|やめ)|氷河期");
  private static final Pattern LONG_YEARS = Pattern.compile("([5-9]|[1-9][0-9])年");

  AgeRange read(String text, boolean family) {
    Matcher m = IN_BRACKETS.matcher(text);
    if (m.find()) {
      int n = Integer.parseInt(m.group(2));
      return new AgeRange(n, n);
    }
    m = YEARS.matcher(text);
    if (m.find()) {
      int n = Integer.parseInt(m.group(2)) - (m.group(1) != null ? 1 : 0);
      return new AgeRange(n, n);
    }
    m = DECADE.matcher(text);
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      return new AgeRange(n, n + 9);
    }
    m = SCHOOL_YEAR.matcher(text);
    if (m.find()) {
      int year = Integer.parseInt(m.group(2));
      return switch (m.group(1)) {
        case "小" -> new AgeRange(5 + year, 6 + year);
        case "中" -> year <= 3 ? new AgeRange(11 + year, 12 + year) : null;
        default -> year <= 3 ? new AgeRange(14 + year, 15 + year) : null;
      };
    }
    m = STAGE.matcher(text);
    if (m.find()) {
      return switch (m.group()) {
        case "小学生" -> new AgeRange(6, 12);
        case "中学生" -> new AgeRange(12, 15);
        default -> new AgeRange(15, 18);
      };
    }
    if (ADULT.matcher(text).find()) {
      return AgeRange.ADULT;
    }
    if (LONG_YEARS.matcher(text).find() && text.matches(".*(ひきこも|引きこも|出てこな|出てな|家に|部屋).*")) {
      return AgeRange.ADULT;
    }
    return null;
  }
}
