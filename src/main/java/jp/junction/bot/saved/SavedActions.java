package jp.junction.bot.saved;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogActions;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.system.JapanTime;
import org.springframework.stereotype.Component;

/**
 * The saved places' dialog actions: {@code saved.add} (the cards' 「あとで見る」, with the resource id as
 * {@code id}), {@code saved.list} (「保存した場所」), {@code saved.remove} (a listed card's 「外す」) and
 * {@code saved.clear} (after 「すべて外す」 is confirmed).
 */
@Component
class SavedActions implements DialogActions {

  private final SavedPlaces places;
  private final PlaceLookup lookup;
  private final SavedList list;
  private final DialogContent content;
  private final SavedSettings settings;
  private final Reminders reminders;
  private final ReminderSettings remind;

  SavedActions(
      SavedPlaces places,
      PlaceLookup lookup,
      SavedList list,
      DialogContent content,
      SavedSettings settings,
      Reminders reminders,
      ReminderSettings remind) {
    content.require(SavedTexts.values());
    content.require(SavedNodes.values());
    this.places = places;
    this.lookup = lookup;
    this.list = list;
    this.content = content;
    this.settings = settings;
    this.reminders = reminders;
    this.remind = remind;
  }

  @Override
  public List<DialogAction> actions() {
    return List.of(
        DialogAction.of("saved.add", this::add),
        DialogAction.of("saved.list", c -> list(c.person())),
        DialogAction.of("saved.remove", this::remove),
        DialogAction.of("saved.clear", this::clear),
        DialogAction.of("saved.remind", this::remind),
        DialogAction.of("saved.remind_stop", this::stopReminder));
  }

  private ActionResult add(ActionContext c) {
    String id = c.arg("id");
    // Only places offered now: a forged or old tap never makes the bot keep an id it cannot show.
    if (id == null || !lookup.offered(id)) {
      return say(content.text(SavedTexts.UNKNOWN), showList());
    }
    SavedPlaces.Saved saved = places.add(c.person(), id);
    SavedTexts said =
        switch (saved) {
          case ADDED -> SavedTexts.ADDED;
          case ALREADY -> SavedTexts.ALREADY;
          case FULL -> SavedTexts.FULL;
        };
    String text =
        content.text(
            said,
            Map.of(
                "days", settings.retention().toDays(),
                "limit", settings.limit(),
                "count", places.list(c.person()).size()));
    List<OutgoingMessage.Action> next = new ArrayList<>(List.of(showList()));
    if (saved != SavedPlaces.Saved.FULL && remind.enabled()) {
      if (reminders.roomThisMonth()) {
        text += "\n" + content.text(SavedTexts.REMIND_ASK);
        for (int days : remind.days()) {
          String label = content.text(SavedTexts.REMIND_OFFER, Map.of("days", days));
          next.add(
              content.postback(label, "saved.remind", Map.of("id", id, "d", "" + days), label));
        }
      } else {
        text += "\n" + content.text(SavedTexts.REMIND_CAPPED);
      }
    }
    return ActionResult.say(new OutgoingMessage.Text(text, next));
  }

  /** 「○日後にもう一度見せて」: books the one push, on that day at the reminder time. */
  private ActionResult remind(ActionContext c) {
    String id = c.arg("id");
    Integer days =
        remind.days().stream().filter(d -> ("" + d).equals(c.arg("d"))).findFirst().orElse(null);
    // Only the choices offered, for a place offered now: a forged tap books nothing.
    if (!remind.enabled() || days == null || id == null || !lookup.offered(id)) {
      return say(content.text(SavedTexts.UNKNOWN), showList());
    }
    Instant at = reminders.when(days);
    if (!reminders.book(c.person(), id, at)) {
      return say(content.text(SavedTexts.REMIND_CAPPED), showList());
    }
    ZonedDateTime local = JapanTime.of(at);
    String stop = content.text(SavedTexts.REMIND_STOP);
    return ActionResult.say(
        new OutgoingMessage.Text(
            content.text(
                SavedTexts.REMIND_BOOKED,
                Map.of(
                    "month", local.getMonthValue(),
                    "day", local.getDayOfMonth(),
                    "time", remind.at().toString())),
            List.of(content.postback(stop, "saved.remind_stop", Map.of(), stop), showList())));
  }

  private ActionResult stopReminder(ActionContext c) {
    boolean stopped = reminders.stop(c.person());
    return say(
        content.text(stopped ? SavedTexts.REMIND_STOPPED : SavedTexts.REMIND_NONE),
        content.gotoNode(content.text(SavedTexts.MENU), SavedNodes.MENU));
  }

  private ActionResult list(Person person) {
    List<String> ids = places.list(person);
    if (ids.isEmpty()) {
      return ActionResult.show(SavedNodes.EMPTY);
    }
    return ActionResult.say(list.messages(ids.stream().map(lookup::find).toList()));
  }

  private ActionResult remove(ActionContext c) {
    String id = c.arg("id");
    boolean removed = id != null && places.remove(c.person(), id);
    List<OutgoingMessage.Action> next = new ArrayList<>();
    if (!places.list(c.person()).isEmpty()) {
      next.add(showList());
    }
    next.add(content.gotoNode(content.text(SavedTexts.MENU), SavedNodes.MENU));
    return ActionResult.say(
        new OutgoingMessage.Text(
            content.text(removed ? SavedTexts.REMOVED : SavedTexts.REMOVED_ALREADY), next));
  }

  private ActionResult clear(ActionContext c) {
    places.erase(c.person());
    return say(
        content.text(SavedTexts.CLEARED),
        content.gotoNode(content.text(SavedTexts.MENU), SavedNodes.MENU));
  }

  private OutgoingMessage.Action showList() {
    String label = content.text(SavedTexts.SHOW_LIST);
    return content.postback(label, "saved.list", Map.of(), label);
  }

  private static ActionResult say(String text, OutgoingMessage.Action next) {
    return ActionResult.say(new OutgoingMessage.Text(text, List.of(next)));
  }
}
