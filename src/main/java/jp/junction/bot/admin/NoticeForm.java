package jp.junction.bot.admin;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.junction.bot.events.Event;
import jp.junction.bot.notices.NoticeRequest;
import jp.junction.bot.places.Areas;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The send-a-notice form: areas one per line (「香川県 高松市」, 「香川県」, 「全国」), whether the neighbouring
 * towns too, for whom, when (now, at a time, or the two reminders) and whether without sound.
 * Checked as a whole by {@link WholeForm}.
 */
@WholeForm
public class NoticeForm {

  /** When to send: now, at {@code sendAt}, or 7 days and 1 day before at 10:00. */
  public enum When {
    NOW,
    AT,
    REMINDERS
  }

  private String areas = "";
  private boolean neighbours;
  private List<String> audience = new ArrayList<>();
  private When when = When.NOW;

  @DateTimeFormat(pattern = EventForm.LOCAL)
  private LocalDateTime sendAt;

  private boolean silent;

  /** The form for an event: its own area, its audience, now. */
  static NoticeForm forEvent(Event e) {
    NoticeForm f = new NoticeForm();
    f.areas = e.national() ? Event.NATIONAL : (e.prefecture() + " " + e.municipality()).strip();
    f.audience = new ArrayList<>(e.audience().stream().map(Audience::code).toList());
    return f;
  }

  /** The typed lines as areas: the first word the prefecture, the rest the municipality. */
  List<Areas.Area> areaList() {
    List<Areas.Area> chosen = new ArrayList<>();
    for (String line : areas.split("\\R")) {
      String[] parts = line.strip().split("[\\s　/]+", 2);
      if (!parts[0].isEmpty()) {
        chosen.add(new Areas.Area(parts[0], parts.length > 1 ? parts[1] : ""));
      }
    }
    return chosen;
  }

  NoticeRequest request() {
    Set<Audience> who = Coded.parseAll(Audience.class, String.join("|", audience));
    return new NoticeRequest(
        areaList(),
        neighbours,
        who,
        when == When.AT && sendAt != null ? sendAt.atZone(JapanTime.ZONE).toOffsetDateTime() : null,
        silent);
  }

  public String getAreas() {
    return areas;
  }

  public void setAreas(String areas) {
    this.areas = areas == null ? "" : areas;
  }

  public boolean isNeighbours() {
    return neighbours;
  }

  public void setNeighbours(boolean neighbours) {
    this.neighbours = neighbours;
  }

  public List<String> getAudience() {
    return audience;
  }

  public void setAudience(List<String> audience) {
    this.audience = audience == null ? new ArrayList<>() : audience;
  }

  public When getWhen() {
    return when;
  }

  public void setWhen(When when) {
    this.when = when == null ? When.NOW : when;
  }

  public LocalDateTime getSendAt() {
    return sendAt;
  }

  public void setSendAt(LocalDateTime sendAt) {
    this.sendAt = sendAt;
  }

  public boolean isSilent() {
    return silent;
  }

  public void setSilent(boolean silent) {
    this.silent = silent;
  }
}
