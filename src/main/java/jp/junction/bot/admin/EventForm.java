package jp.junction.bot.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Recurrence;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.places.Areas;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form as staff type it (times in Japan time, as {@code datetime-local} sends them),
 * checked field by field and as a whole ({@link WholeForm}) before it reaches {@code Events}. A
 * refused form comes back with everything that was typed.
 */
@WholeForm
public class EventForm {

  static final String LOCAL = "yyyy-MM-dd'T'HH:mm";

  @NotBlank
  @Size(max = 100)
  private String title = "";

  @NotNull
  @DateTimeFormat(pattern = LOCAL)
  private LocalDateTime startsAt;

  @DateTimeFormat(pattern = LOCAL)
  private LocalDateTime endsAt;

  @NotBlank private String prefecture = "";
  private String municipality = "";

  @Size(max = 200)
  private String venue = "";

  private boolean online;
  @NotEmpty private List<String> audience = new ArrayList<>();
  private boolean womenOnly;

  @Size(max = 1000)
  private String registration = "";

  @Size(max = 2000)
  private String description = "";

  /** How it repeats, in the words of opening hours (「毎月第2土曜 13:30〜15:30」); empty: once. */
  @Size(max = 200)
  private String repeat = "";

  @Min(1)
  @Max(Recurrence.MAX_WEEKS)
  private int everyWeeks = 1;

  @DateTimeFormat(pattern = "yyyy-MM-dd")
  private LocalDate repeatUntil;

  private boolean skipHolidays;

  /** The form filled with an existing event, for editing. */
  static EventForm of(Event e) {
    EventForm f = new EventForm();
    f.title = e.title();
    f.startsAt = e.startsAt().atZoneSameInstant(JapanTime.ZONE).toLocalDateTime();
    f.endsAt =
        e.endsAt() == null ? null : e.endsAt().atZoneSameInstant(JapanTime.ZONE).toLocalDateTime();
    f.prefecture = e.prefecture();
    f.municipality = e.municipality();
    f.venue = e.venue();
    f.online = e.online();
    f.audience = new ArrayList<>(e.audience().stream().map(Audience::code).toList());
    f.womenOnly = e.womenOnly();
    f.registration = e.registration();
    f.description = e.description();
    Recurrence r = e.recurrence();
    if (r != null) {
      f.repeat = r.rule();
      f.everyWeeks = r.everyWeeks();
      f.repeatUntil = r.until();
      f.skipHolidays = r.skipHolidays();
    }
    return f;
  }

  /** Where the event is held, as scopes compare it. */
  Areas.Area area() {
    return new Areas.Area(prefecture, municipality);
  }

  /** The {@code events.csv} columns this form stands for (times with the Japan offset). */
  Map<String, String> columns() {
    Map<String, String> c = new HashMap<>();
    c.put("title", title);
    c.put("starts_at", startsAt.atZone(JapanTime.ZONE).toOffsetDateTime().toString());
    c.put(
        "ends_at",
        endsAt == null ? "" : endsAt.atZone(JapanTime.ZONE).toOffsetDateTime().toString());
    c.put("prefecture", prefecture);
    c.put("municipality", municipality);
    c.put("venue", venue);
    c.put("online", Boolean.toString(online));
    c.put("audience", String.join("|", audience));
    c.put("women_only", Boolean.toString(womenOnly));
    c.put("registration", registration);
    c.put("description", description);
    c.put("repeat", rule());
    c.put("every_weeks", Integer.toString(everyWeeks));
    c.put("repeat_until", repeatUntil == null ? "" : repeatUntil.toString());
    c.put("skip_holidays", Boolean.toString(skipHolidays));
    return c;
  }

  /**
   * The repeat rule as the bot reads it: as typed when it says its times, otherwise with the times
   * of the start and end fields (「毎週水曜」 from 10:00 to 12:00 reads 「毎週水曜 10:00〜12:00」); empty for a
   * one-off event.
   */
  String rule() {
    if (repeat.isEmpty() || OpeningHours.parse(repeat).isReadable()) {
      return repeat;
    }
    if (startsAt == null || endsAt == null) {
      return repeat;
    }
    return repeat + " " + startsAt.toLocalTime() + "〜" + endsAt.toLocalTime();
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = trimmed(repeat);
  }

  public int getEveryWeeks() {
    return everyWeeks;
  }

  public void setEveryWeeks(int everyWeeks) {
    this.everyWeeks = everyWeeks;
  }

  public LocalDate getRepeatUntil() {
    return repeatUntil;
  }

  public void setRepeatUntil(LocalDate repeatUntil) {
    this.repeatUntil = repeatUntil;
  }

  public boolean isSkipHolidays() {
    return skipHolidays;
  }

  public void setSkipHolidays(boolean skipHolidays) {
    this.skipHolidays = skipHolidays;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = trimmed(title);
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = trimmed(prefecture);
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = trimmed(municipality);
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = trimmed(venue);
  }

  public boolean isOnline() {
    return online;
  }

  public void setOnline(boolean online) {
    this.online = online;
  }

  public List<String> getAudience() {
    return audience;
  }

  public void setAudience(List<String> audience) {
    this.audience = audience == null ? new ArrayList<>() : audience;
  }

  public boolean isWomenOnly() {
    return womenOnly;
  }

  public void setWomenOnly(boolean womenOnly) {
    this.womenOnly = womenOnly;
  }

  public String getRegistration() {
    return registration;
  }

  public void setRegistration(String registration) {
    this.registration = trimmed(registration);
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description == null ? "" : description.strip();
  }

  static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
