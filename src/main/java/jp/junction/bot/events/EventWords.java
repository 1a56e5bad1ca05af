package jp.junction.bot.events;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import org.springframework.stereotype.Component;

/**
 * An event in the bot's words (from {@code dialogs/events.yml}): when, written the Japanese way in
 * Japan time (12月12日(土) 13:30〜15:30), where, who it is for, and how to join. Chat answers and staff
 * notices use the same lines, so a notice reads like the chat.
 */
@Component
public class EventWords {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");
  private final DialogContent content;

  public EventWords(DialogContent content) {
    content.require(EventTexts.values());
    content.require(EventLists.values());
    this.content = content;
  }

  /** 12月12日(土) 13:30〜15:30, in Japan time. */
  public String when(Event e) {
    ZonedDateTime start = JapanTime.of(e.startsAt());
    List<String> weekdays = content.list(EventLists.WEEKDAYS);
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
      return content.text(EventTexts.WHEN_OPEN, values);
    }
    ZonedDateTime end = JapanTime.of(e.endsAt());
    values.put("end", end.format(HOUR));
    return content.text(EventTexts.WHEN, values);
  }

  /** The venue and town, or "online". */
  public String where(Event e) {
    if (e.remote() && e.venue().isEmpty()) {
      return content.text(
          EventTexts.ONLINE_PLACE,
          Map.of("area", e.national() ? "" : e.prefecture() + e.municipality()));
    }
    String area = e.national() ? "" : e.prefecture() + e.municipality();
    return content.text(EventTexts.PLACE, Map.of("venue", e.venue(), "area", area)).strip();
  }

  /** Who it is for (本人・家族), and women only when so. */
  public String who(Event e) {
    StringBuilder names = new StringBuilder();
    for (Audience a : e.audience()) {
      if (!names.isEmpty()) {
        names.append(content.text(EventTexts.SEPARATOR));
      }
      names.append(content.text(EventTexts.audience(a)));
    }
    String who = content.text(EventTexts.FOR, Map.of("who", names));
    return e.womenOnly() ? who + content.text(EventTexts.WOMEN_ONLY) : who;
  }

  /** How to join: the registration, or "just come". */
  public String howToJoin(Event e) {
    return e.registration().isEmpty()
        ? content.text(EventTexts.JUST_COME)
        : content.text(EventTexts.REGISTER, Map.of("how", e.registration()));
  }
}
