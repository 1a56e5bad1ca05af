package jp.junction.bot.handoff;

import java.time.Clock;
import java.time.ZonedDateTime;
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
 * The steps of {@code dialogs/handoff.yml}: {@code handoff.people} shows the people who can answer
 * (with the staff chat when the organisation runs one), {@code handoff.offer} says when staff
 * answer and whether now is such a time, {@code handoff.start} makes the bot quiet for the person
 * and says honestly when staff will read what they write.
 */
@Component
class HandoffActions implements DialogActions {

  static final String PEOPLE = "handoff.people";
  static final String OFFER = "handoff.offer";
  static final String START = "handoff.start";

  private final HandoffSettings settings;
  private final StaffHours hours;
  private final QuietStore store;
  private final DialogContent content;
  private final HandoffWords words;
  private final Clock clock;

  HandoffActions(HandoffSettings settings, QuietStore store, DialogContent content, Clock clock) {
    this.settings = settings;
    this.hours = new StaffHours(settings);
    this.store = store;
    this.content = content;
    this.words = new HandoffWords(content);
    this.clock = clock;
  }

  @Override
  public List<DialogAction> actions() {
    return List.of(
        DialogAction.of(PEOPLE, this::people),
        DialogAction.of(OFFER, this::offer),
        DialogAction.of(START, this::start));
  }

  private ActionResult people(ActionContext context) {
    return ActionResult.show(
        settings.enabled() ? HandoffNodes.PEOPLE_WITH_STAFF : HandoffNodes.PEOPLE);
  }

  private ActionResult offer(ActionContext context) {
    if (!settings.enabled()) {
      return ActionResult.nothing();
    }
    return ActionResult.say(text(HandoffTexts.OFFER_OPEN, HandoffTexts.OFFER_CLOSED));
  }

  private ActionResult start(ActionContext context) {
    if (!settings.enabled()) {
      return ActionResult.show(HandoffNodes.PEOPLE);
    }
    store.hold(context.person());
    return ActionResult.show(
        List.of(text(HandoffTexts.START_OPEN, HandoffTexts.START_CLOSED)), HandoffNodes.WAITING);
  }

  /** {@code open} while staff usually answer, else {@code closed} with the next opening. */
  private OutgoingMessage text(HandoffTexts open, HandoffTexts closed) {
    ZonedDateTime now = JapanTime.of(clock.instant());
    ZonedDateTime next = hours.nextOpening(now);
    Map<String, Object> values =
        Map.of(
            "hours", words.usual(hours),
            "next", next == null ? "" : words.next(now, next),
            "quiet", words.length(settings.quietFor()));
    return new OutgoingMessage.Text(content.text(hours.open(now) ? open : closed, values));
  }
}
