package jp.junction.bot.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The anonymous figures added up for the staff dashboard: per week, per area and per kind of place
 * asked for, each with how many of those questions found nothing. Every figure is added up from the
 * daily counters first and only then put under the k rule, so a figure under 5 never leaves this
 * package as a number; no question's text is read.
 */
@Component
public class StatsSummary {

  /** The longest window a summary covers; the daily counters are kept 90 days by default. */
  public static final int MAX_WEEKS = 12;

  private final AnonymousStats stats;

  StatsSummary(AnonymousStats stats) {
    this.stats = stats;
  }

  /** The last {@code weeks} weeks (7 days ending today, then the 7 before, …), oldest first. */
  public Summary of(int weeks) {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw new IllegalArgumentException("weeks: between 1 and " + MAX_WEEKS);
    }
    LocalDate today = stats.today();
    List<Week> out = new ArrayList<>();
    Map<String, long[]> areas = new HashMap<>();
    Map<String, long[]> kinds = new HashMap<>();
    for (int w = weeks - 1; w >= 0; w--) {
      LocalDate to = today.minusDays(7L * w);
      LocalDate from = to.minusDays(6);
      long asked = 0;
      long none = 0;
      long crisis = 0;
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        crisis += stats.crisisOn(day);
        for (Map.Entry<String, Long> e : stats.questionsOn(day).entrySet()) {
          String[] parts = e.getKey().split("\t", -1);
          boolean nothing = parts.length > 2 && "none".equals(parts[2]);
          long n = e.getValue();
          asked += n;
          none += nothing ? n : 0;
          add(areas, parts[0], n, nothing);
          add(kinds, parts.length > 1 ? parts[1] : "", n, nothing);
        }
      }
      out.add(new Week(from, to, Count.of(asked), Count.of(none), Count.of(crisis)));
    }
    return new Summary(today.minusDays(7L * weeks - 1), today, out, rows(areas), rows(kinds));
  }

  private static void add(Map<String, long[]> totals, String name, long n, boolean nothing) {
    long[] t = totals.computeIfAbsent(name, k -> new long[2]);
    t[0] += n;
    t[1] += nothing ? n : 0;
  }

  /** Most asked first; among equals (say, all under 5) by name, so nothing hints at the order. */
  private static List<Row> rows(Map<String, long[]> totals) {
    return totals.entrySet().stream()
        .filter(e -> e.getValue()[0] > 0)
        .sorted(
            Comparator.<Map.Entry<String, long[]>>comparingLong(
                    e -> -Count.of(e.getValue()[0]).value())
                .thenComparing(Map.Entry::getKey))
        .map(e -> new Row(e.getKey(), Count.of(e.getValue()[0]), Count.of(e.getValue()[1])))
        .toList();
  }

  /**
   * A figure under the k rule: {@code small} when under 5, and then {@code value} is 0, never the
   * real number.
   */
  public record Count(boolean small, long value) {
    static Count of(long raw) {
      return raw < AnonymousStats.SMALL ? new Count(true, 0) : new Count(false, raw);
    }
  }

  /** Seven days, {@code from} to {@code to} inclusive. */
  public record Week(
      LocalDate from, LocalDate to, Count questions, Count nothingFound, Count crisisAnswers) {}

  /**
   * One area (prefecture and town written together, empty when none was named) or one kind of place
   * (category codes joined by {@code |}, empty when none was asked for).
   */
  public record Row(String name, Count questions, Count nothingFound) {}

  /** The window and its figures. */
  public record Summary(
      LocalDate from, LocalDate to, List<Week> weeks, List<Row> areas, List<Row> kinds) {}
}
