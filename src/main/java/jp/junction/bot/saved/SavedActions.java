package jp.junction.bot.saved;

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
  private final ReminderActions reminders;

  SavedActions(
      SavedPlaces places,
      PlaceLookup lookup,
      SavedList list,
      DialogContent content,
      SavedSettings settings,
      ReminderActions reminders) {
    content.require(SavedTexts.values());
    content.require(SavedNodes.values());
    this.places = places;
    this.lookup = lookup;
    this.list = list;
    this.content = content;
    this.settings = settings;
    this.reminders = reminders;
  }

  @Override
  public List<DialogAction> actions() {
    return List.of(
        DialogAction.of("saved.add", this::add),
        DialogAction.of("saved.list", c -> list(c.person())),
        DialogAction.of("saved.remove", this::remove),
        DialogAction.of("saved.clear", this::clear));
  }

  private ActionResult add(ActionContext c) {
    String id = c.arg("id");
    // Only places offered now: a forged or old tap never makes the bot keep an id it cannot show.
    if (id == null || !lookup.offered(id)) {
      return say(content.text(SavedTexts.UNKNOWN), list.showList());
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
    List<OutgoingMessage.Action> next = new ArrayList<>(List.of(list.showList()));
    if (saved != SavedPlaces.Saved.FULL) {
      ReminderActions.Offer offer = reminders.offer(id);
      if (offer.said() != null) {
        text += "\n" + offer.said();
      }
      next.addAll(offer.choices());
    }
    return ActionResult.say(new OutgoingMessage.Text(text, next));
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
      next.add(list.showList());
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

  static ActionResult say(String text, OutgoingMessage.Action next) {
    return ActionResult.say(new OutgoingMessage.Text(text, List.of(next)));
  }
}
