package jp.junction.bot.notices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import org.springframework.stereotype.Component;

/**
 * The one mapping between a {@link NoticeRecord} and its Redis hash. The outbox's scripts write the
 * snapshot and count fields named here ({@code status}, {@code gen}, {@code batches}, {@code
 * recipients}, {@code text}, {@code targets}, {@code done}, {@code delivered}, {@code failed},
 * {@code skipped}, {@code withdrawn}); areas and targets are JSON, audiences their codes.
 */
@Component
class NoticeHash {

  private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() {};

  private final ObjectMapper json;

  NoticeHash(ObjectMapper json) {
    this.json = json;
  }

  /** The fields of a notice as staff scheduled it (the scripts add the rest). */
  Map<String, String> write(NoticeRecord n) {
    Map<String, String> fields = new HashMap<>();
    fields.put("event", n.eventId());
    fields.put("kind", n.kind());
    fields.put(
        "areas",
        write(n.areas().stream().map(a -> List.of(a.prefecture(), a.municipality())).toList()));
    fields.put("neighbours", Boolean.toString(n.neighbours()));
    fields.put("audience", Coded.join(n.audience()));
    fields.put("silent", Boolean.toString(n.silent()));
    fields.put("status", n.state().code());
    fields.put("sendAt", Long.toString(n.sendAt().toEpochMilli()));
    return fields;
  }

  /** The notice a hash holds; an audience code this version does not know is left out. */
  NoticeRecord read(String id, Map<String, String> h) {
    Set<Audience> audience = EnumSet.noneOf(Audience.class);
    for (String code : h.getOrDefault("audience", "").split("\\|")) {
      Coded.find(Audience.class, code).ifPresent(audience::add);
    }
    List<Areas.Area> areas =
        read(h.getOrDefault("areas", "[]"), PAIRS).stream()
            .map(pair -> new Areas.Area(pair.get(0), pair.size() > 1 ? pair.get(1) : ""))
            .toList();
    String targets = h.get("targets");
    return new NoticeRecord(
        id,
        h.getOrDefault("event", ""),
        h.getOrDefault("kind", "notice"),
        areas,
        Boolean.parseBoolean(h.get("neighbours")),
        audience,
        Boolean.parseBoolean(h.get("silent")),
        Coded.parse(NoticeState.class, h.getOrDefault("status", "")),
        Instant.ofEpochMilli(count(h, "sendAt")),
        h.getOrDefault("gen", ""),
        (int) count(h, "batches"),
        h.getOrDefault("text", ""),
        targets == null
            ? SubscriberSets.Targets.NONE
            : read(targets, new TypeReference<SubscriberSets.Targets>() {}),
        new NoticeRecord.Counts(
            count(h, "recipients"),
            count(h, "delivered"),
            count(h, "failed"),
            count(h, "skipped"),
            count(h, "withdrawn"),
            count(h, "done")));
  }

  /** The {@code targets} field as the commit script stores it. */
  String targets(SubscriberSets.Targets targets) {
    return write(targets);
  }

  private static long count(Map<String, String> h, String field) {
    String v = h.get(field);
    return v == null || v.isEmpty() ? 0 : Long.parseLong(v);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "notice field cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  private <T> T read(String value, TypeReference<T> type) {
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("notice field is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
