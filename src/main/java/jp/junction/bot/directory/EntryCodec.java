package jp.junction.bot.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.search.ResourceCells;
import jp.junction.bot.search.SearchResult.Resource;

/**
 * How an entry is kept in the store: its status, its place in the list (seeded rows in file order,
 * added ones after) and its resources.csv cells as JSON, so that reading it back goes through the
 * exchange format's checks. Also the column-by-column difference of two entries, for the audit log.
 */
final class EntryCodec {

  /** One stored entry, not yet checked. */
  record Stored(String id, long order, String status, Map<String, String> cells) {}

  /** Entries read back, and the stored ones that no longer pass the checks. */
  record Decoded(
      List<DirectoryEntry> entries, Map<String, Long> order, List<ExchangeCsv.Problem> problems) {}

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper json;

  EntryCodec(ObjectMapper json) {
    this.json = json;
  }

  String encode(DirectoryEntry entry, long order) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("n", order);
    value.put("status", entry.status().code());
    value.put("cells", ResourceCells.cells(entry.resource()));
    return write(value);
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a directory entry cannot be written", e);
    }
  }

  <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable directory record", e);
    }
  }

  @SuppressWarnings("unchecked")
  Stored stored(String id, String text) {
    Map<String, Object> value;
    try {
      value = json.readValue(text, MAP);
    } catch (JsonProcessingException e) {
      return new Stored(id, Long.MAX_VALUE, "", Map.of("id", id));
    }
    Map<String, String> cells = new HashMap<>();
    Object raw = value.get("cells");
    if (raw instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).forEach((k, v) -> cells.put(k, v == null ? "" : v.toString()));
    }
    Object n = value.get("n");
    return new Stored(
        id,
        n instanceof Number number ? number.longValue() : Long.MAX_VALUE,
        Objects.toString(value.get("status"), ""),
        cells);
  }

  /** Checks stored entries as resources.csv's rows are checked, in list order. */
  Decoded decode(Map<String, String> hash) {
    List<Stored> stored = new ArrayList<>();
    hash.forEach((id, text) -> stored.add(stored(id, text)));
    stored.sort(Comparator.comparingLong(Stored::order).thenComparing(Stored::id));
    List<Map<String, String>> rows = new ArrayList<>(stored.size());
    for (Stored s : stored) {
      Map<String, String> cells = new HashMap<>(s.cells());
      cells.put("id", s.id());
      rows.add(cells);
    }
    ResourceCells.Read read = ResourceCells.parse("directory store", rows);
    Map<String, Stored> byId = new HashMap<>();
    stored.forEach(s -> byId.put(s.id(), s));
    List<DirectoryEntry> entries = new ArrayList<>(read.resources().size());
    Map<String, Long> order = new HashMap<>();
    List<ExchangeCsv.Problem> problems = new ArrayList<>(read.problems());
    for (Resource r : read.resources()) {
      Stored s = byId.get(r.id());
      DirectoryEntry.Status status = DirectoryEntry.Status.find(s.status()).orElse(null);
      if (status == null) {
        problems.add(
            new ExchangeCsv.Problem(
                "directory store", 0, 0, r.id() + ": unknown status " + s.status()));
        continue;
      }
      entries.add(new DirectoryEntry(r, status));
      order.put(r.id(), s.order());
    }
    return new Decoded(entries, order, problems);
  }

  /**
   * The columns (and status) that differ, with their old and new cells; all of them for a new
   * entry.
   */
  static List<DirectoryChange.Field> diff(DirectoryEntry before, DirectoryEntry after) {
    Map<String, String> old = before == null ? Map.of() : cells(before);
    Map<String, String> now = cells(after);
    List<DirectoryChange.Field> fields = new ArrayList<>();
    now.forEach(
        (column, cell) -> {
          String was = old.getOrDefault(column, "");
          if (!was.equals(cell) && !(before == null && cell.isEmpty())) {
            fields.add(new DirectoryChange.Field(column, was, cell));
          }
        });
    return fields;
  }

  private static Map<String, String> cells(DirectoryEntry entry) {
    Map<String, String> cells = new LinkedHashMap<>(ResourceCells.cells(entry.resource()));
    cells.put("status", entry.status().code());
    return cells;
  }
}
