package jp.junction.bot.saved;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogActions;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.EventWords;
import jp.junction.bot.events.Events;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.system.JapanTime;
import org.springframework.stereotype.Component;

/**
 * "Remind me" for an event: {@code saved.event_remind} (an event card's 「知らせてほしい」) offers
 * 「前の日に知らせて」, the 「○日後にもう一度見せて」 days before the event and a date picker up to it, while the month
 * has room; {@code saved.event_remind_book} books the one push of that event, with the same store,
 * cap and 「リマインドをやめる」 as a saved place's reminder. Only upcoming events, only the days offered: a
 * forged or stale tap books nothing and gets the gentle answer.
 */
@Component
class EventReminderActions implements DialogActions {

  static final String OFFER = "saved.event_remind";
  static final String BOOK = "saved.event_remind_book";

  private final Reminders reminders;
  private final Events events;
  private final EventWords words;
  private final DialogContent content;
  private final ReminderSettings settings;

  EventReminderActions(
      Reminders reminders,
      Events events,
      EventWords words,
      DialogContent content,
      ReminderSettings settings) {
    content.require(SavedTexts.values());
    this.reminders = reminders;
    this.events = events;
    this.words = words;
    this.content = content;
    this.settings = settings;
  }

  @Override
  public List<DialogAction> actions() {
    return List.of(DialogAction.of(OFFER, this::offer), DialogAction.of(BOOK, this::book));
  }

  private ActionResult offer(ActionContext c) {
    Optional<Event> found = upcoming(c.arg("id"));
    if (!settings.enabled() || found.isEmpty()) {
      return say(content.text(SavedTexts.REMIND_EVENT_UNKNOWN));
    }
    Event e = found.get();
    if (!reminders.roomThisMonth()) {
      return say(content.text(SavedTexts.REMIND_EVENT_CAPPED));
    }
    EventReminderDays days = days(e);
    List<EventReminderDays.Choice> offered = days.choices();
    Map<String, Object> about = Map.of("title", e.title(), "when", words.when(e));
    if (offered.isEmpty()) {
      return say(content.text(SavedTexts.REMIND_EVENT_SOON, about));
    }
    List<OutgoingMessage.Action> choices = new ArrayList<>();
    for (EventReminderDays.Choice choice : offered) {
      String label =
          EventReminderDays.EVE.equals(choice.code())
              ? content.text(SavedTexts.REMIND_EVENT_EVE)
              : content.text(SavedTexts.REMIND_OFFER, Map.of("days", choice.code()));
      choices.add(content.postback(label, BOOK, Map.of("id", e.id(), "d", choice.code()), label));
    }
    LocalDate last = days.last().orElseThrow(); // there is a choice, so there is a last day
    LocalDate first = reminders.today().plusDays(1);
    OutgoingMessage.Action.Postback pick =
        (OutgoingMessage.Action.Postback)
            content.postback(
                content.text(SavedTexts.REMIND_PICK),
                BOOK,
                Map.of("id", e.id(), "d", ReminderActions.PICKED),
                null);
    choices.add(
        new OutgoingMessage.Action.DatePicker(
            pick.label(),
            pick.data(),
            offered.get(0).day().toString(),
            first.toString(),
            last.toString()));
    choices.add(menu());
    return ActionResult.say(
        new OutgoingMessage.Text(content.text(SavedTexts.REMIND_EVENT_ASK, about), choices));
  }

  private ActionResult book(ActionContext c) {
    Optional<Event> found = upcoming(c.arg("id"));
    Optional<LocalDate> day = found.flatMap(e -> days(e).day(c.arg("d"), c.arg("date")));
    if (!settings.enabled() || day.isEmpty()) {
      return say(content.text(SavedTexts.REMIND_EVENT_UNKNOWN));
    }
    Event e = found.get();
    Instant at = reminders.on(day.get());
    LocalDate meeting = JapanTime.of(e.startsAt()).toLocalDate();
    if (!reminders.book(c.person(), new Reminded.Event(e.id(), meeting), at)) {
      return say(content.text(SavedTexts.REMIND_EVENT_CAPPED));
    }
    ZonedDateTime local = JapanTime.of(at);
    String booked =
        content.text(
            SavedTexts.REMIND_EVENT_BOOKED,
            Map.of(
                "month", local.getMonthValue(),
                "day", local.getDayOfMonth(),
                "time", settings.at().toString(),
                "title", e.title(),
                "when", words.when(e)));
    String stop = content.text(SavedTexts.REMIND_STOP);
    return ActionResult.say(
        new OutgoingMessage.Text(
            booked, List.of(content.postback(stop, "saved.remind_stop", Map.of(), stop), menu())));
  }

  /** The event, when it is still to come (not cancelled, not over, not removed). */
  private Optional<Event> upcoming(String id) {
    OffsetDateTime now = OffsetDateTime.ofInstant(reminders.now(), JapanTime.ZONE);
    return id == null ? Optional.empty() : events.find(id).filter(e -> e.upcomingAt(now));
  }

  private EventReminderDays days(Event e) {
    return new EventReminderDays(
        reminders.today(), JapanTime.of(e.startsAt()), settings.at(), settings.days());
  }

  private OutgoingMessage.Action menu() {
    return content.gotoNode(content.text(SavedTexts.MENU), SavedNodes.MENU);
  }

  private ActionResult say(String text) {
    return SavedActions.say(text, menu());
  }
}
