package jp.junction.bot.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import jp.junction.bot.vocabulary.Link;

/**
 * The {@code events.csv} columns (FORMAT.md), read from a row or from staff's JSON: one place that
 * knows which are required and how each is written. Problems name the column.
 */
final class EventColumns {

  static final List<String> REQUIRED =
      List.of("id", "title", "starts_at", "prefecture", "audience");
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private EventColumns() {}

  /** Reads one event; throws {@link IllegalArgumentException} naming the first bad column. */
  static Event read(Map<String, String> cells) {
    for (String column : REQUIRED) {
      if (blank(cells.get(column))) {
        throw new IllegalArgumentException(column + ": required");
      }
    }
    String id = cells.get("id").strip();
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id: must match [a-z0-9-]+");
    }
    OffsetDateTime starts = time("starts_at", cells.get("starts_at"));
    OffsetDateTime ends =
        blank(cells.get("ends_at")) ? null : time("ends_at", cells.get("ends_at"));
    if (ends != null && ends.isBefore(starts)) {
      throw new IllegalArgumentException("ends_at: before starts_at");
    }
    Set<Audience> audience;
    try {
      audience = Coded.parseAll(Audience.class, cells.get("audience"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("audience: " + e.getMessage(), e);
    }
    return new Event(
        id,
        cells.get("title").strip(),
        starts,
        ends,
        cells.get("prefecture").strip(),
        strip(cells.get("municipality")),
        strip(cells.get("venue")),
        bool("online", cells),
        audience,
        bool("women_only", cells),
        registration(strip(cells.get("registration"))),
        strip(cells.get("description")),
        false,
        recurrence(cells, starts));
  }

  /**
   * The repeat columns ({@code repeat}, {@code every_weeks}, {@code repeat_until}, {@code
   * skip_holidays}, {@code skipped}): none when {@code repeat} is empty. The series starts on the
   * day of {@code starts_at}; a rule that cannot be read is an error, never a guess.
   */
  private static Recurrence recurrence(Map<String, String> cells, OffsetDateTime starts) {
    String rule = strip(cells.get("repeat"));
    if (rule.isEmpty()) {
      return null;
    }
    if (!OpeningHours.parse(rule).isReadable()) {
      throw new IllegalArgumentException("repeat: '" + rule + "' cannot be read");
    }
    int weeks;
    try {
      weeks =
          blank(cells.get("every_weeks")) ? 1 : Integer.parseInt(strip(cells.get("every_weeks")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("every_weeks: not a number", e);
    }
    if (weeks < 1 || weeks > Recurrence.MAX_WEEKS) {
      throw new IllegalArgumentException("every_weeks: 1 to " + Recurrence.MAX_WEEKS);
    }
    LocalDate from = starts.atZoneSameInstant(JapanTime.ZONE).toLocalDate();
    LocalDate until =
        blank(cells.get("repeat_until")) ? null : date("repeat_until", cells.get("repeat_until"));
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("repeat_until: before starts_at");
    }
    Set<LocalDate> skipped = new TreeSet<>();
    for (String day : strip(cells.get("skipped")).split("\\|")) {
      if (!day.isBlank()) {
        skipped.add(date("skipped", day));
      }
    }
    return new Recurrence(rule, weeks, from, until, bool("skip_holidays", cells), skipped);
  }

  private static LocalDate date(String column, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(column + ": '" + value + "' is not a date (2026-12-12)");
    }
  }

  /** The event as column values (the shape staff send and get back). */
  static Map<String, Object> write(Event e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id());
    out.put("title", e.title());
    out.put("starts_at", e.startsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    out.put(
        "ends_at",
        e.endsAt() == null ? "" : e.endsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    out.put("prefecture", e.prefecture());
    out.put("municipality", e.municipality());
    out.put("venue", e.venue());
    out.put("online", e.online());
    out.put("audience", Coded.join(e.audience()));
    out.put("women_only", e.womenOnly());
    out.put("registration", e.registration());
    out.put("description", e.description());
    out.put("cancelled", e.cancelled());
    Recurrence r = e.recurrence();
    if (r != null) {
      out.put("repeat", r.rule());
      out.put("every_weeks", r.everyWeeks());
      out.put("repeat_until", r.until() == null ? "" : r.until().toString());
      out.put("skip_holidays", r.skipHolidays());
      out.put(
          "skipped",
          String.join("|", r.skipped().stream().sorted().map(LocalDate::toString).toList()));
    }
    return out;
  }

  /** How to join: words, or a link (normalised; one LINE would refuse is an error). */
  private static String registration(String value) {
    if (!Link.looksLikeLink(value)) {
      return value;
    }
    try {
      return Link.parse(value).toString();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("registration: " + e.getMessage(), e);
    }
  }

  private static OffsetDateTime time(String column, String value) {
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          column + ": '" + value + "' is not ISO-8601 with an offset (2026-12-12T13:30+09:00)");
    }
  }

  private static boolean bool(String column, Map<String, String> cells) {
    String value = strip(cells.get(column));
    if (value.isEmpty() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new IllegalArgumentException(column + ": '" + value + "' is not true or false");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  static List<String> known() {
    return Arrays.asList(
        "id",
        "title",
        "starts_at",
        "ends_at",
        "prefecture",
        "municipality",
        "venue",
        "online",
        "audience",
        "women_only",
        "registration",
        "description",
        "repeat",
        "every_weeks",
        "repeat_until",
        "skip_holidays",
        "skipped");
  }
}
