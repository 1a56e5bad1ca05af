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
    Map<String, Object> values = day(start);
    values.put("start", start.format(HOUR));
    if (e.endsAt() == null) {
      return content.text(EventTexts.WHEN_OPEN, values);
    }
    ZonedDateTime end = JapanTime.of(e.endsAt());
    values.put("end", end.format(HOUR));
    return content.text(EventTexts.WHEN, values);
  }

  /** The dates after the one a card shows, for a repeating event: 「その後：1月10日(土)・2月14日(土)」. */
  public String later(List<ZonedDateTime> starts) {
    StringBuilder dates = new StringBuilder();
    for (ZonedDateTime at : starts) {
      if (!dates.isEmpty()) {
        dates.append(content.text(EventTexts.SEPARATOR));
      }
      dates.append(content.text(EventTexts.DATE, day(at.withZoneSameInstant(JapanTime.ZONE))));
    }
    return content.text(EventTexts.THEN, Map.of("dates", dates));
  }

  /** The month, day and weekday name of a Japan-time moment, as the texts name them. */
  private Map<String, Object> day(ZonedDateTime at) {
    List<String> weekdays = content.list(EventLists.WEEKDAYS);
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("month", at.getMonthValue());
    values.put("day", at.getDayOfMonth());
    values.put(
        "weekday", weekdays.size() == 7 ? weekdays.get(at.getDayOfWeek().getValue() - 1) : "");
    return values;
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
