package jp.junction.bot.saved;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.EventCards;
import jp.junction.bot.events.Events;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.system.JapanTime;
import org.springframework.stereotype.Component;

/**
 * The push of an event's reminder, as the event is at the time it goes out: its card with today's
 * details; a note first when the meeting reminded of moved (or, for a repeating event, was called
 * off and the next one is shown); and only a line saying so when it was cancelled, is over or was
 * removed.
 */
@Component
class EventReminderPush {

  private final Events events;
  private final EventCards cards;
  private final Reminders reminders;
  private final DialogContent content;

  EventReminderPush(Events events, EventCards cards, Reminders reminders, DialogContent content) {
    content.require(SavedTexts.values());
    this.events = events;
    this.cards = cards;
    this.reminders = reminders;
    this.content = content;
  }

  List<OutgoingMessage> messages(Reminded.Event reminded) {
    List<OutgoingMessage.Action> next =
        List.of(content.gotoNode(content.text(SavedTexts.MENU), SavedNodes.MENU));
    Optional<Event> found = events.find(reminded.id());
    if (found.isEmpty()) {
      return List.of(new OutgoingMessage.Text(content.text(SavedTexts.REMIND_EVENT_GONE), next));
    }
    Event e = found.get();
    Map<String, Object> about =
        Map.of(
            "title", e.title(),
            "month", reminded.day().getMonthValue(),
            "day", reminded.day().getDayOfMonth());
    OffsetDateTime now = OffsetDateTime.ofInstant(reminders.now(), JapanTime.ZONE);
    if (e.cancelled()) {
      return List.of(
          new OutgoingMessage.Text(content.text(SavedTexts.REMIND_EVENT_CANCELLED, about), next));
    }
    LocalDate meeting = JapanTime.of(e.startsAt()).toLocalDate();
    if (!e.upcomingAt(now) || reminded.day().isBefore(JapanTime.of(now).toLocalDate())) {
      return List.of(
          new OutgoingMessage.Text(content.text(SavedTexts.REMIND_EVENT_PAST, about), next));
    }
    SavedTexts said =
        meeting.equals(reminded.day())
            ? SavedTexts.REMIND_EVENT_PUSH
            : SavedTexts.REMIND_EVENT_CHANGED;
    OutgoingMessage.Card card = cards.card(e);
    return List.of(
        new OutgoingMessage.Text(content.text(said, about)),
        new OutgoingMessage.Cards(
            content.text(SavedTexts.REMIND_EVENT_ALT, Map.of("title", e.title())),
            List.of(card),
            next));
  }
}
