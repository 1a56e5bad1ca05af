package jp.junction.bot.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.junction.bot.privacy.StatsSummary.Count;
import jp.junction.bot.privacy.StatsSummary.Row;
import jp.junction.bot.privacy.StatsSummary.Summary;
import jp.junction.bot.privacy.StatsSummary.Week;
import org.springframework.stereotype.Component;

/**
 * The statistics page's tables in staff words, each with the geometry of its bar chart (drawn as
 * inline SVG by the template) and the same cells for its CSV download. A figure under 5 is the word
 * of {@code staff.stats.small} and draws no bar.
 */
@Component
class StatsPage {

  /** The tables, as named in the page's anchors and the CSV links. */
  static final List<String> TABLES = List.of("weeks", "areas", "kinds");

  /** The longest bar, in the SVG's units; the template draws labels left of x=190 in a 640 box. */
  static final int BARS = 360;

  /** One chart row: the questions' bar and the nothing-found bar below it. */
  static final int ROW = 34;

  private final StaffWords words;
  private final DateTimeFormatter weekDay;

  StatsPage(StaffWords words) {
    this.words = words;
    this.weekDay =
        DateTimeFormatter.ofPattern(words.get("staff.stats.week.pattern"), Locale.JAPANESE);
  }

  Tables tables(Summary s) {
    return new Tables(
        range(s.from(), s.to()),
        table("weeks", s.weeks(), this::week, Week::questions, Week::nothingFound),
        table("areas", s.areas(), this::area, Row::questions, Row::nothingFound),
        table("kinds", s.kinds(), this::kind, Row::questions, Row::nothingFound));
  }

  Table table(Tables all, String id) {
    return switch (id) {
      case "weeks" -> all.weeks();
      case "areas" -> all.areas();
      case "kinds" -> all.kinds();
      default -> throw new IllegalArgumentException(id);
    };
  }

  private <T> Table table(
      String id,
      List<T> items,
      Function<T, Line> line,
      Function<T, Count> asked,
      Function<T, Count> none) {
    List<String> header = new ArrayList<>();
    header.add(words.get("staff.stats." + id + ".col.name"));
    header.add(words.get("staff.stats.col.questions"));
    header.add(words.get("staff.stats.col.none"));
    if (id.equals("weeks")) {
      header.add(words.get("staff.stats.col.crisis"));
    }
    long max = items.stream().mapToLong(i -> asked.apply(i).value()).max().orElse(0);
    List<Line> lines = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    for (T item : items) {
      Line l = line.apply(item);
      lines.add(l);
      bars.add(
          new Bar(
              l.label(),
              l.cells().get(0),
              l.cells().get(1),
              width(asked.apply(item), max),
              width(none.apply(item), max),
              bars.size() * ROW));
    }
    String title = words.get("staff.stats." + id + ".chart");
    return new Table(id, words.get("staff.stats." + id + ".title"), header, lines, title, bars);
  }

  private Line week(Week w) {
    return new Line(
        range(w.from(), w.to()),
        List.of(shown(w.questions()), shown(w.nothingFound()), shown(w.crisisAnswers())));
  }

  private Line area(Row r) {
    String name = r.name().isEmpty() ? words.get("staff.stats.area.none") : r.name();
    return new Line(name, List.of(shown(r.questions()), shown(r.nothingFound())));
  }

  private Line kind(Row r) {
    String name =
        r.name().isEmpty()
            ? words.get("staff.stats.kind.none")
            : String.join(
                words.get("staff.scope.separator"),
                Arrays.stream(r.name().split("\\|")).map(this::kindWord).toList());
    return new Line(name, List.of(shown(r.questions()), shown(r.nothingFound())));
  }

  private String kindWord(String code) {
    String key = "staff.kind." + code;
    String word = words.find(key);
    return word == null ? code : word;
  }

  private String range(LocalDate from, LocalDate to) {
    return words.get("staff.stats.range", from.format(weekDay), to.format(weekDay));
  }

  private String shown(Count c) {
    return c.small() ? words.get("staff.stats.small") : Long.toString(c.value());
  }

  private static int width(Count c, long max) {
    return c.small() || max == 0
        ? 0
        : (int) Math.max(1, Math.round((double) BARS * c.value() / max));
  }

  /** The page: the window in words and its three tables. */
  record Tables(String window, Table weeks, Table areas, Table kinds) {}

  /** One table: its cells in words, and its chart's title and bars. */
  record Table(
      String id,
      String title,
      List<String> header,
      List<Line> lines,
      String chartTitle,
      List<Bar> bars) {

    /** The SVG's height: one row per bar, and one empty row when there is none. */
    public int height() {
      return Math.max(1, bars.size()) * ROW;
    }
  }

  /** A row: what it is about, then its figures in words. */
  record Line(String label, List<String> cells) {}

  /** One row of a chart: the questions' bar and, below it, the nothing-found bar (widths in px). */
  record Bar(String label, String asked, String none, int width, int noneWidth, int y) {}
}
