package jp.junction.bot.admin;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.exchange.ExchangeUpload;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Coded;
import org.springframework.stereotype.Component;

/**
 * The exchange format's findings in the staff's words: each problem the readers report (in English,
 * for logs and the data files) becomes a Japanese row error naming the line, the column's letter
 * and name, and what to write instead; a file refused whole gets one sentence.
 */
@Component
class ImportErrors {

  private static final Pattern WIDTH = Pattern.compile("expected (\\d+) columns but found (\\d+)");
  private static final Set<String> BOOLEANS =
      Set.of("online", "anonymous_ok", "reservation_required", "women_only");
  private static final int SHOWN_CELL = 40;

  private final StaffWords words;

  ImportErrors(StaffWords words) {
    this.words = words;
  }

  /** Why the whole file was refused. */
  String unreadable(ExchangeUpload.Unreadable e, ImportSettings settings) {
    return switch (e.why()) {
      case TOO_LARGE -> words.get("staff.import.error.too-large", settings.maxSize().toMegabytes());
      case TOO_MANY_ROWS -> words.get("staff.import.error.too-many-rows", settings.maxRows());
      case TOO_MANY_COLUMNS ->
          words.get("staff.import.error.too-many-columns", settings.maxColumns());
      case EMPTY -> words.get("staff.import.error.empty");
      case MISSING_COLUMN -> words.get("staff.import.error.missing-column", e.detail());
      case BROKEN -> words.get("staff.import.error.broken");
    };
  }

  /** A problem the file's reader found with a whole row (its width, a quote). */
  ImportPlan.RowError ofRow(ExchangeCsv.Table table, ExchangeCsv.Problem p) {
    Matcher width = WIDTH.matcher(p.message());
    String message =
        width.find()
            ? words.get("staff.import.error.width", width.group(1), width.group(2))
            : p.message().contains("quote")
                ? words.get("staff.import.error.quote")
                : words.get("staff.import.error.other", p.message());
    String field =
        p.column() >= 1 && p.column() <= table.header().size()
            ? table.header().get(p.column() - 1)
            : "";
    return new ImportPlan.RowError(p.line(), letter(p.column()), field, message);
  }

  /**
   * A problem the resource checks found with one cell ({@code column: what is wrong}), placed at
   * that column of the file's own header.
   */
  ImportPlan.RowError ofCell(ExchangeCsv.Row row, ExchangeCsv.Problem p) {
    int colon = p.message().indexOf(": ");
    String column = colon < 0 ? "" : p.message().substring(0, colon);
    String rest = colon < 0 ? p.message() : p.message().substring(colon + 2);
    String cell = shown(row.get(column));
    String message =
        switch (column) {
          case "id" ->
              rest.startsWith("duplicate")
                  ? words.get("staff.import.error.duplicate", cell)
                  : words.get("staff.import.error.id", cell);
          case "name" -> words.get("staff.import.error.name");
          case "category" -> words.get("staff.import.error.codes", cell, allowed(Category.class));
          case "audience" -> words.get("staff.import.error.codes", cell, allowed(Audience.class));
          case "coverage" -> words.get("staff.import.error.coverage", cell);
          case "prefecture" -> words.get("staff.import.error.prefecture");
          case "municipality" -> words.get("staff.import.error.municipality");
          case "lat", "lon" -> words.get("staff.import.error.number", cell);
          case "url" -> words.get("staff.import.error.url", cell);
          case "updated" -> words.get("staff.import.error.date", cell);
          default ->
              BOOLEANS.contains(column)
                  ? words.get("staff.import.error.bool", cell)
                  : words.get("staff.import.error.other", p.message());
        };
    return at(row, column, message);
  }

  /** A row error of {@code key} on {@code column} of {@code row}. */
  ImportPlan.RowError at(ExchangeCsv.Row row, String column, String key, Object... args) {
    return at(row, column, words.get(key, args));
  }

  private static ImportPlan.RowError at(ExchangeCsv.Row row, String column, String message) {
    int number = row.column(column);
    return new ImportPlan.RowError(row.line(), letter(number), number == 0 ? "" : column, message);
  }

  /** How the pages name the whole country (an entry with no prefecture). */
  String national() {
    return words.get("staff.directory.national");
  }

  /** A cell as the message quotes it: shortened, so that a huge cell cannot flood the page. */
  static String shown(String cell) {
    return cell.length() <= SHOWN_CELL ? cell : cell.substring(0, SHOWN_CELL) + "…";
  }

  private static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining("、"));
  }

  /** The column's letter as a spreadsheet names it (1 → A, 27 → AA), empty for 0. */
  static String letter(int column) {
    StringBuilder s = new StringBuilder();
    for (int n = column; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }
}
