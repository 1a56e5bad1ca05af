package jp.junction.bot.search;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Coded;
import jp.junction.bot.vocabulary.Link;

/** Reads resources.csv (FORMAT.md) into resources; rows with bad cells are reported and skipped. */
final class ResourceCsv {

  static final Set<String> REQUIRED = Set.of("id", "name", "category", "audience", "coverage");
  static final Set<String> COVERAGES = Set.of("local", "prefecture", "national");
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  record Loaded(List<Resource> resources, List<ExchangeCsv.Problem> problems) {}

  private ResourceCsv() {}

  static Loaded read(Path file, Charset charset) {
    return convert(ExchangeCsv.read(file, REQUIRED, charset));
  }

  static Loaded convert(ExchangeCsv.Table table) {
    List<ExchangeCsv.Problem> problems = new ArrayList<>(table.problems());
    List<Resource> resources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    // Prefectures, towns, hours, fees, keywords... repeat across rows: one copy of each value
    // instead of one per row (with 50,000 resources this is a third of the search's memory).
    Map<String, String> shared = new HashMap<>();
    for (ExchangeCsv.Row row : table.rows()) {
      List<ExchangeCsv.Problem> rowProblems = new ArrayList<>();
      Resource resource = resource(row, rowProblems, shared);
      if (rowProblems.isEmpty() && !ids.add(resource.id())) {
        rowProblems.add(row.problem("id", "duplicate id " + resource.id()));
      }
      if (rowProblems.isEmpty()) {
        resources.add(resource);
      } else {
        problems.addAll(rowProblems);
      }
    }
    return new Loaded(resources, problems);
  }

  private static Resource resource(
      ExchangeCsv.Row row, List<ExchangeCsv.Problem> problems, Map<String, String> shared) {
    String id = row.get("id");
    if (!ID.matcher(id).matches()) {
      problems.add(row.problem("id", "must match [a-z0-9-]+ but is '" + id + "'"));
    }
    if (row.get("name").isEmpty()) {
      problems.add(row.problem("name", "is empty"));
    }
    Set<Category> categories = required(row, "category", Category.class, problems);
    Set<Audience> audience = required(row, "audience", Audience.class, problems);
    String coverage = one(shared, row.get("coverage"));
    if (!COVERAGES.contains(coverage)) {
      problems.add(row.problem("coverage", "must be local, prefecture or national: " + coverage));
    } else if (!coverage.equals("national") && row.get("prefecture").isEmpty()) {
      problems.add(row.problem("prefecture", "is required unless coverage is national"));
    } else if (coverage.equals("local") && row.get("municipality").isEmpty()) {
      problems.add(row.problem("municipality", "is required when coverage is local"));
    }
    return new Resource(
        id,
        row.get("name"),
        row.get("name_kana"),
        categories,
        audience,
        coverage,
        one(shared, row.get("prefecture")),
        one(shared, row.get("municipality")),
        row.get("address"),
        coordinate(row, "lat", problems),
        coordinate(row, "lon", problems),
        row.get("phone"),
        link(row, problems),
        one(shared, row.get("hours")),
        bool(row, "online", problems),
        bool(row, "anonymous_ok", problems),
        bool(row, "reservation_required", problems),
        bool(row, "women_only", problems),
        one(shared, row.get("fee")),
        one(shared, row.get("age")),
        row.get("description"),
        keywords(row.get("keywords"), shared),
        date(row, problems));
  }

  /** One or more codes of a required multi-valued column. */
  private static <E extends Enum<E> & Coded> Set<E> required(
      ExchangeCsv.Row row, String column, Class<E> type, List<ExchangeCsv.Problem> problems) {
    Set<E> values = row.codes(column, type, problems);
    if (values.isEmpty() && row.get(column).isBlank()) {
      problems.add(row.problem(column, "is empty: write one or more of " + Coded.allowed(type)));
    }
    return values;
  }

  private static List<String> keywords(String cell, Map<String, String> shared) {
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> keywords = new ArrayList<>();
    for (String keyword : cell.split("\\|")) {
      keywords.add(one(shared, keyword));
    }
    return keywords;
  }

  /** The one kept copy of {@code value}. */
  private static String one(Map<String, String> shared, String value) {
    return shared.computeIfAbsent(value, v -> v);
  }

  private static boolean bool(
      ExchangeCsv.Row row, String column, List<ExchangeCsv.Problem> problems) {
    String value = row.get(column);
    if (!value.isEmpty() && !value.equals("true") && !value.equals("false")) {
      problems.add(row.problem(column, "must be true or false: " + value));
    }
    return value.equals("true");
  }

  /** The site's link, normalised; one LINE would refuse is a problem naming the column. */
  private static Link link(ExchangeCsv.Row row, List<ExchangeCsv.Problem> problems) {
    String value = row.get("url");
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Link.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(row.problem("url", e.getMessage()));
      return null;
    }
  }

  private static Double coordinate(
      ExchangeCsv.Row row, String column, List<ExchangeCsv.Problem> problems) {
    String value = row.get(column);
    try {
      return value.isEmpty() ? null : Double.valueOf(value);
    } catch (NumberFormatException e) {
      problems.add(row.problem(column, "not a number: " + value));
      return null;
    }
  }

  private static LocalDate date(ExchangeCsv.Row row, List<ExchangeCsv.Problem> problems) {
    String value = row.get("updated");
    try {
      return value.isEmpty() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(row.problem("updated", "not a YYYY-MM-DD date: " + value));
      return null;
    }
  }
}
