package jp.junction.bot.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.search.ResourceCells;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.system.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The directory's store of record, in Redis: one hash of entries (id to record), a version that
 * every change moves, and per entry a capped change log with a TTL. Every write checks the resource
 * as resources.csv's rows are checked, refuses to overwrite a change made meanwhile, and writes the
 * entries, their audit entries and the version in one script, then announces the version on a
 * channel so every instance rebuilds its search. {@code who} is the staff account's name.
 *
 * <p>This is the one type other features (pages, import and export) use.
 */
@Component
public class DirectoryStore {

  private static final Logger log = LoggerFactory.getLogger(DirectoryStore.class);
  private static final RedisScript<String> APPLY =
      RedisScript.of(new ClassPathResource("redis/directory-apply.lua"), String.class);

  /** A write refused: the resource fails the checks, or someone changed the entry meanwhile. */
  public static class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<ExchangeCsv.Problem> problems;

    public Refused(String message, List<ExchangeCsv.Problem> problems) {
      super(message);
      this.problems = List.copyOf(problems);
    }

    /** The checks' findings, column by column (empty for a conflict). */
    public List<ExchangeCsv.Problem> problems() {
      return problems;
    }
  }

  /** Entries read per HSCAN call. */
  private static final int SCAN_PAGE = 500;

  private final StringRedisTemplate redis;
  private final DirectorySettings settings;
  private final DataSettings data;
  private final Clock clock;
  private final EntryCodec codec;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  DirectoryStore(
      StringRedisTemplate redis,
      DirectorySettings settings,
      DataSettings data,
      ObjectMapper json,
      Clock clock) {
    this.redis = redis;
    this.settings = settings;
    this.data = data;
    this.clock = clock;
    this.codec = new EntryCodec(json);
  }

  /** Every entry, retired ones too, in list order (the seed file's, then added ones). */
  public List<DirectoryEntry> all() {
    return decode().entries();
  }

  /** The entry with this id, retired or not. */
  public Optional<DirectoryEntry> get(String id) {
    Object text = redis.opsForHash().get(settings.entries(), id);
    if (text == null) {
      return Optional.empty();
    }
    return codec.decode(Map.of(id, text.toString())).entries().stream().findFirst();
  }

  /** The version every change moves (0 before the seed). */
  public long version() {
    String v = redis.opsForValue().get(settings.version());
    return v == null ? 0 : Long.parseLong(v);
  }

  /**
   * Adds the resource, or changes the entry with its id (keeping its status; a new one is active).
   *
   * @throws Refused when it fails resources.csv's checks or the entry changed meanwhile
   */
  public DirectoryEntry save(Resource resource, String who) {
    DirectoryEntry before = get(resource.id()).orElse(null);
    DirectoryEntry after =
        new DirectoryEntry(
            resource, before == null ? DirectoryEntry.Status.ACTIVE : before.status());
    apply(List.of(after), who);
    return after;
  }

  /** Marks the entry checked today (「最終確認：今日」). */
  public DirectoryEntry confirm(String id, String who) {
    DirectoryEntry before = existing(id);
    Resource r = before.resource();
    DirectoryEntry after =
        new DirectoryEntry(withUpdated(r, JapanTime.today(clock)), before.status());
    write(List.of(after), who, "confirmed", false);
    return after;
  }

  /** Gives the entry a status: retired ones leave the search, {@code ACTIVE} brings one back. */
  public DirectoryEntry retire(String id, DirectoryEntry.Status status, String who) {
    DirectoryEntry after = existing(id).with(status);
    write(List.of(after), who, "status", false);
    return after;
  }

  /**
   * Adds or changes these entries (status included) in one step: all or none are written, with one
   * new version.
   *
   * @return how many entries actually changed
   * @throws Refused when one fails the checks or changed meanwhile (nothing is written)
   */
  public int apply(List<DirectoryEntry> entries, String who) {
    return write(entries, who, null, false);
  }

  /**
   * Adds or changes many entries (an import) in steps of {@code step} entries, each all or none
   * with its own version, so that no single script holds Redis for long (one script of 50,000
   * entries blocked it past every caller's timeout). This instance's listeners run once, after the
   * last step; other instances hear each step and rebuild as their checks catch up.
   *
   * @return how many entries actually changed
   * @throws PartlyApplied when a step is refused: the steps before it stay written
   */
  public int applyInSteps(List<DirectoryEntry> entries, String who, int step) {
    int changed = 0;
    try {
      for (int from = 0; from < entries.size(); from += step) {
        List<DirectoryEntry> part = entries.subList(from, Math.min(entries.size(), from + step));
        changed += write(part, who, null, false, false);
      }
    } catch (Refused e) {
      throw new PartlyApplied(e, changed);
    } finally {
      if (changed > 0) {
        listeners.forEach(Runnable::run);
      }
    }
    return changed;
  }

  /** A step of {@link #applyInSteps} refused, after {@link #written()} entries had changed. */
  public static class PartlyApplied extends Refused {
    private static final long serialVersionUID = 1L;
    private final int written;

    PartlyApplied(Refused cause, int written) {
      super(cause.getMessage() + " (after " + written + " written)", cause.problems());
      this.written = written;
    }

    /** How many entries the steps before the refused one changed. */
    public int written() {
      return written;
    }
  }

  /**
   * Makes the store hold exactly these resources as active entries, in one step: new ones are
   * added, changed ones changed, and active entries not among them become inactive (kept, with
   * their history).
   *
   * @return how many entries changed
   */
  public int replaceAll(List<Resource> resources, String who) {
    Map<String, DirectoryEntry> current = new HashMap<>();
    all().forEach(e -> current.put(e.id(), e));
    List<DirectoryEntry> wanted = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Resource r : resources) {
      ids.add(r.id());
      wanted.add(new DirectoryEntry(r, DirectoryEntry.Status.ACTIVE));
    }
    current.values().stream()
        .filter(e -> !ids.contains(e.id()) && e.searchable())
        .forEach(e -> wanted.add(e.with(DirectoryEntry.Status.INACTIVE)));
    return write(wanted, who, null, false);
  }

  /** The entry's changes, newest first (kept for {@code junction.directory.audit-retention}). */
  public List<DirectoryChange> history(String id) {
    List<String> raw = redis.opsForList().range(settings.audit(id), 0, -1);
    List<DirectoryChange> out = new ArrayList<>();
    for (String r : raw == null ? List.<String>of() : raw) {
      out.add(codec.read(r, DirectoryChange.class));
    }
    return out;
  }

  /**
   * Fills an empty store from {@code resources.csv} (its broken rows are logged and skipped); a
   * store that holds anything, edited or not, is left as it is.
   *
   * @return whether this call seeded it
   */
  public boolean seedIfEmpty() {
    if (Boolean.TRUE.equals(redis.hasKey(settings.entries()))) {
      return false;
    }
    Path file = data.resourcesCsv();
    if (!Files.isRegularFile(file)) {
      log.warn("The directory store is empty and {} is missing: nothing to seed", file);
      return false;
    }
    ResourceCells.Read read = ResourceCells.read(file, null);
    read.problems().forEach(p -> log.warn("Seed: skipped a broken row: {}", p));
    List<DirectoryEntry> entries =
        read.resources().stream()
            .map(r -> new DirectoryEntry(r, DirectoryEntry.Status.ACTIVE))
            .toList();
    boolean seeded = write(entries, "seed", null, true) > 0;
    if (seeded) {
      log.info("Directory store seeded with {} resources from {}", entries.size(), file);
    }
    return seeded;
  }

  /** Runs {@code listener} after each change this instance writes (others hear the channel). */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  EntryCodec.Decoded decode() {
    // In pages of HSCAN, not one HGETALL: with 50,000 entries one reply of tens of MB held the
    // shared connection past every other caller's timeout (bench/IMPORT.md).
    Map<String, String> texts = new LinkedHashMap<>();
    try (org.springframework.data.redis.core.Cursor<Map.Entry<Object, Object>> cursor =
        redis
            .opsForHash()
            .scan(
                settings.entries(),
                org.springframework.data.redis.core.ScanOptions.scanOptions()
                    .count(SCAN_PAGE)
                    .build())) {
      cursor.forEachRemaining(e -> texts.put(e.getKey().toString(), e.getValue().toString()));
    }
    EntryCodec.Decoded decoded = codec.decode(texts);
    decoded.problems().forEach(p -> log.warn("Directory entry not searchable: {}", p));
    return decoded;
  }

  private DirectoryEntry existing(String id) {
    return get(id).orElseThrow(() -> new Refused("no entry " + id, List.of()));
  }

  private int write(List<DirectoryEntry> entries, String who, String action, boolean seed) {
    return write(entries, who, action, seed, true);
  }

  private int write(
      List<DirectoryEntry> entries, String who, String action, boolean seed, boolean announce) {
    checked(entries);
    List<String> keys = new ArrayList<>(List.of(settings.entries(), settings.version()));
    List<String> args = new ArrayList<>();
    args.add(settings.channel());
    args.add(Integer.toString(settings.auditEntries()));
    args.add(Long.toString(Math.max(1, settings.auditRetention().toSeconds())));
    args.add(seed ? "1" : "0");
    Map<String, String> stored = seed ? Map.of() : storedTexts(entries);
    long nextOrder = clock.millis() * 1000;
    int changed = 0;
    for (int i = 0; i < entries.size(); i++) {
      DirectoryEntry after = entries.get(i);
      String was = stored.get(after.id());
      DirectoryEntry before =
          was == null
              ? null
              : codec.decode(Map.of(after.id(), was)).entries().stream().findFirst().orElse(null);
      List<DirectoryChange.Field> fields = EntryCodec.diff(before, after);
      if (before != null && fields.isEmpty()) {
        continue;
      }
      long order = seed ? i : was == null ? nextOrder + i : codec.stored(after.id(), was).order();
      String kind = action != null ? action : before == null ? "added" : "changed";
      keys.add(settings.audit(after.id()));
      args.add(after.id());
      args.add(seed ? "*" : was == null ? "" : was);
      args.add(codec.encode(after, order));
      args.add(seed ? "" : codec.write(new DirectoryChange(clock.instant(), who, kind, fields)));
      changed++;
    }
    if (changed == 0) {
      return 0;
    }
    String result = redis.execute(APPLY, keys, args.toArray());
    if ("seeded".equals(result)) {
      return 0;
    }
    if (result != null && result.startsWith("conflict:")) {
      throw new Refused(result.substring(9) + ": changed by someone else meanwhile", List.of());
    }
    if (announce) {
      listeners.forEach(Runnable::run);
    }
    return changed;
  }

  private Map<String, String> storedTexts(List<DirectoryEntry> entries) {
    List<Object> ids = entries.stream().map(e -> (Object) e.id()).toList();
    List<Object> texts =
        ids.isEmpty() ? List.of() : redis.opsForHash().multiGet(settings.entries(), ids);
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (texts.get(i) != null) {
        out.put(ids.get(i).toString(), texts.get(i).toString());
      }
    }
    return out;
  }

  /** Every resource through resources.csv's checks; the first broken one refuses them all. */
  private static void checked(List<DirectoryEntry> entries) {
    List<Map<String, String>> rows =
        entries.stream().map(e -> ResourceCells.cells(e.resource())).toList();
    ResourceCells.Read read = ResourceCells.parse("entry", rows);
    if (!read.problems().isEmpty()) {
      throw new Refused(read.problems().get(0).message(), read.problems());
    }
  }

  static Resource withUpdated(Resource r, LocalDate updated) {
    return new Resource(
        r.id(),
        r.name(),
        r.nameKana(),
        r.categories(),
        r.audience(),
        r.coverage(),
        r.prefecture(),
        r.municipality(),
        r.address(),
        r.lat(),
        r.lon(),
        r.phone(),
        r.url(),
        r.hours(),
        r.online(),
        r.anonymousOk(),
        r.reservationRequired(),
        r.womenOnly(),
        r.fee(),
        r.age(),
        r.description(),
        r.keywords(),
        updated);
  }
}
