package jp.junction.bot.saved;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogActions;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.system.JapanTime;
import org.springframework.stereotype.Component;

/**
 * "Remind me later": the offer after a save (「○日後にもう一度見せて」 while the month has room, or a line
 * saying it is full), {@code saved.remind} (books the one push) and {@code saved.remind_stop}
 * (「リマインドをやめる」).
 */
@Component
class ReminderActions implements DialogActions {

  /** The {@code d} of the date picker's postback: the day is in {@code date}. */
  static final String PICKED = "pick";

  /** What a save's reply adds: a line (or none) and the choices (or none). */
  record Offer(String said, List<OutgoingMessage.Action> choices) {}

  private final Reminders reminders;
  private final PlaceLookup lookup;
  private final SavedList list;
  private final DialogContent content;
  private final ReminderSettings settings;

  ReminderActions(
      Reminders reminders,
      PlaceLookup lookup,
      SavedList list,
      DialogContent content,
      ReminderSettings settings) {
    content.require(SavedTexts.values());
    this.reminders = reminders;
    this.lookup = lookup;
    this.list = list;
    this.content = content;
    this.settings = settings;
  }

  @Override
  public List<DialogAction> actions() {
    return List.of(
        DialogAction.of("saved.remind", this::remind),
        DialogAction.of("saved.remind_stop", this::stop));
  }

  /** The reminder choices for place {@code id}, or why there are none this month. */
  Offer offer(String id) {
    if (!settings.enabled()) {
      return new Offer(null, List.of());
    }
    if (!reminders.roomThisMonth()) {
      return new Offer(content.text(SavedTexts.REMIND_CAPPED), List.of());
    }
    List<OutgoingMessage.Action> choices = new ArrayList<>();
    for (int days : settings.days()) {
      String label = content.text(SavedTexts.REMIND_OFFER, Map.of("days", days));
      choices.add(
          content.postback(
              label, "saved.remind", Map.of("id", id, "d", Integer.toString(days)), label));
    }
    // Any day the person likes, from tomorrow on (LINE's date picker; its day comes back as date).
    LocalDate today = reminders.today();
    OutgoingMessage.Action.Postback pick =
        (OutgoingMessage.Action.Postback)
            content.postback(
                content.text(SavedTexts.REMIND_PICK),
                "saved.remind",
                Map.of("id", id, "d", PICKED),
                null);
    choices.add(
        new OutgoingMessage.Action.DatePicker(
            pick.label(),
            pick.data(),
            today.plusDays(settings.days().get(0)).toString(),
            today.plusDays(1).toString(),
            today.plusDays(ReminderSettings.MAX_DAYS).toString()));
    return new Offer(content.text(SavedTexts.REMIND_ASK), choices);
  }

  /** 「○日後にもう一度見せて」 or a day picked: books the one push, on that day at the reminder time. */
  private ActionResult remind(ActionContext c) {
    String id = c.arg("id");
    Instant at = PICKED.equals(c.arg("d")) ? picked(c.arg("date")) : offered(c.arg("d"));
    // Only the choices offered, for a place offered now: a forged tap books nothing.
    if (!settings.enabled() || at == null || id == null || !lookup.offered(id)) {
      return SavedActions.say(content.text(SavedTexts.UNKNOWN), list.showList());
    }
    if (!reminders.book(c.person(), id, at)) {
      return SavedActions.say(content.text(SavedTexts.REMIND_CAPPED), list.showList());
    }
    ZonedDateTime local = JapanTime.of(at);
    String stop = content.text(SavedTexts.REMIND_STOP);
    String booked =
        content.text(
            SavedTexts.REMIND_BOOKED,
            Map.of(
                "month", local.getMonthValue(),
                "day", local.getDayOfMonth(),
                "time", settings.at().toString()));
    return ActionResult.say(
        new OutgoingMessage.Text(
            booked,
            List.of(content.postback(stop, "saved.remind_stop", Map.of(), stop), list.showList())));
  }

  /** The time of one of the day choices offered, or null. */
  private Instant offered(String days) {
    return settings.days().stream()
        .filter(d -> Integer.toString(d).equals(days))
        .findFirst()
        .map(reminders::when)
        .orElse(null);
  }

  /** The time of a day picked from tomorrow to {@link ReminderSettings#MAX_DAYS} ahead, or null. */
  private Instant picked(String date) {
    LocalDate day;
    try {
      day = date == null ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
    LocalDate today = reminders.today();
    if (day == null
        || !day.isAfter(today)
        || day.isAfter(today.plusDays(ReminderSettings.MAX_DAYS))) {
      return null;
    }
    return reminders.on(day);
  }

  private ActionResult stop(ActionContext c) {
    boolean stopped = reminders.stop(c.person());
    return SavedActions.say(
        content.text(stopped ? SavedTexts.REMIND_STOPPED : SavedTexts.REMIND_NONE),
        content.gotoNode(content.text(SavedTexts.MENU), SavedNodes.MENU));
  }
}
