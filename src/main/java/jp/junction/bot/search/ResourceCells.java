package jp.junction.bot.search;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Coded;

/**
 * A resource as the cells of the exchange format (resources.csv's columns, FORMAT.md), both ways:
 * what a store, a form or an export keeps goes back through the very checks the CSV goes through.
 * Usable without Spring.
 */
public final class ResourceCells {

  /** The columns of resources.csv, in the order the shipped file has them. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "name_kana",
          "category",
          "audience",
          "coverage",
          "prefecture",
          "municipality",
          "address",
          "lat",
          "lon",
          "phone",
          "url",
          "hours",
          "online",
          "anonymous_ok",
          "reservation_required",
          "women_only",
          "fee",
          "age",
          "description",
          "keywords",
          "updated");

  private static final ExchangeCsv.Columns HEADER =
      new ExchangeCsv.Columns(COLUMNS, index(COLUMNS));

  /**
   * What a file or list of cells gave: the resources that passed the checks, and the rows that did
   * not, each with file (or source), line and column.
   */
  public record Read(List<Resource> resources, List<ExchangeCsv.Problem> problems) {
    public Read {
      resources = List.copyOf(resources);
      problems = List.copyOf(problems);
    }
  }

  private ResourceCells() {}

  /**
   * Reads a resources.csv (charset detected when null); broken rows are problems, not resources.
   */
  public static Read read(Path file, Charset charset) {
    ResourceCsv.Loaded loaded = ResourceCsv.read(file, charset);
    return new Read(loaded.resources(), loaded.problems());
  }

  /**
   * Checks rows of cells (column name to cell; absent columns read as empty) as resources.csv's
   * rows are checked; row {@code n} (0-based) is reported as line {@code n + 2} of {@code source},
   * as if under a header line.
   */
  public static Read parse(String source, List<Map<String, String>> rows) {
    List<ExchangeCsv.Row> table = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> cells = rows.get(i);
      List<String> values = new ArrayList<>(COLUMNS.size());
      for (String column : COLUMNS) {
        String cell = cells.get(column);
        values.add(cell == null ? "" : cell.strip());
      }
      table.add(new ExchangeCsv.Row(source, i + 2, HEADER, values));
    }
    ResourceCsv.Loaded loaded =
        ResourceCsv.convert(new ExchangeCsv.Table(source, COLUMNS, table, List.of()));
    return new Read(loaded.resources(), loaded.problems());
  }

  /** The resource's cells as resources.csv writes them (empty for null and false-by-default). */
  public static Map<String, String> cells(Resource r) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("id", r.id());
    c.put("name", text(r.name()));
    c.put("name_kana", text(r.nameKana()));
    c.put("category", codes(r.categories()));
    c.put("audience", codes(r.audience()));
    c.put("coverage", text(r.coverage()));
    c.put("prefecture", text(r.prefecture()));
    c.put("municipality", text(r.municipality()));
    c.put("address", text(r.address()));
    c.put("lat", r.lat() == null ? "" : r.lat().toString());
    c.put("lon", r.lon() == null ? "" : r.lon().toString());
    c.put("phone", text(r.phone()));
    c.put("url", r.url() == null ? "" : r.url().toString());
    c.put("hours", text(r.hours()));
    c.put("online", Boolean.toString(r.online()));
    c.put("anonymous_ok", Boolean.toString(r.anonymousOk()));
    c.put("reservation_required", Boolean.toString(r.reservationRequired()));
    c.put("women_only", Boolean.toString(r.womenOnly()));
    c.put("fee", text(r.fee()));
    c.put("age", text(r.age()));
    c.put("description", text(r.description()));
    c.put("keywords", String.join("|", r.keywords()));
    c.put("updated", r.updated() == null ? "" : r.updated().toString());
    return c;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String codes(java.util.Set<? extends Coded> codes) {
    return codes.stream().map(Coded::code).collect(Collectors.joining("|"));
  }

  private static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    return Map.copyOf(index);
  }
}
