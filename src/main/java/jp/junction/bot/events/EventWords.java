package jp.junction.bot.events;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.vocabulary.Audience;
import org.springframework.stereotype.Component;

/**
 * An event in the bot's words (from {@code dialogs/events.yml}): when, written the Japanese way in
 * Japan time (12月12日(土) 13:30〜15:30), where, who it is for, and how to join. Chat answers and staff
 * notices use the same lines, so a notice reads like the chat.
 */
@Component
public class EventWords {

  private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");
  static final Set<String> TEXTS = texts();

  private final DialogContent content;

  public EventWords(DialogContent content) {
    this.content = content;
  }

  /** 12月12日(土) 13:30〜15:30, in Japan time. */
  public String when(Event e) {
    ZonedDateTime start = e.startsAt().atZoneSameInstant(JST);
    List<String> weekdays = content.list("events.weekdays");
    String weekday = weekdays.size() == 7 ? weekdays.get(start.getDayOfWeek().getValue() - 1) : "";
    Map<String, Object> values =
        new java.util.HashMap<>(
            Map.of(
                "month",
                start.getMonthValue(),
                "day",
                start.getDayOfMonth(),
                "weekday",
                weekday,
                "start",
                start.format(HOUR)));
    if (e.endsAt() == null) {
      return content.text("events.when_open", values);
    }
    ZonedDateTime end = e.endsAt().atZoneSameInstant(JST);
    values.put("end", end.format(HOUR));
    return content.text("events.when", values);
  }

  /** The venue and town, or "online". */
  public String where(Event e) {
    if (e.remote() && e.venue().isEmpty()) {
      return content.text(
          "events.online_place",
          Map.of("area", e.national() ? "" : e.prefecture() + e.municipality()));
    }
    String area = e.national() ? "" : e.prefecture() + e.municipality();
    return content.text("events.place", Map.of("venue", e.venue(), "area", area)).strip();
  }

  /** Who it is for (本人・家族), and women only when so. */
  public String who(Event e) {
    StringBuilder names = new StringBuilder();
    for (Audience a : e.audience()) {
      if (!names.isEmpty()) {
        names.append(content.text("events.separator"));
      }
      names.append(content.text("events.audience." + a.code()));
    }
    String who = content.text("events.for", Map.of("who", names));
    return e.womenOnly() ? who + content.text("events.women_only") : who;
  }

  private static Set<String> texts() {
    Set<String> keys =
        new HashSet<>(
            Set.of(
                "events.when",
                "events.when_open",
                "events.place",
                "events.online_place",
                "events.for",
                "events.register",
                "events.just_come",
                "events.women_only",
                "events.separator"));
    for (Audience a : Audience.values()) {
      keys.add("events.audience." + a.code());
    }
    return Set.copyOf(keys);
  }

  /** How to join: the registration, or "just come". */
  public String howToJoin(Event e) {
    return e.registration().isEmpty()
        ? content.text("events.just_come")
        : content.text("events.register", Map.of("how", e.registration()));
  }
}
