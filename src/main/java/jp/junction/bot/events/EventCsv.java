package jp.junction.bot.events;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code events.csv} (FORMAT.md). Unknown columns (such as the bench's {@code resource_id})
 * are ignored; a missing required column or a bad cell stops startup naming file, line and column.
 * A missing file means no events.
 */
final class EventCsv {

  private EventCsv() {}

  static List<Event> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Event> events = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows =
            mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
      CsvSchema header = (CsvSchema) rows.getParserSchema();
      for (String column : EventColumns.REQUIRED) {
        if (header.column(column) == null) {
          throw new IllegalStateException(file + ": missing required column '" + column + "'");
        }
      }
      while (rows.hasNext()) {
        int line = rows.getCurrentLocation().getLineNr();
        Map<String, String> row = rows.next();
        try {
          events.add(EventColumns.read(row));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(file + " line " + line + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return List.copyOf(events);
  }
}
