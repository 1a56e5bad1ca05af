package jp.junction.bot.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Areas;
import org.springframework.stereotype.Component;

/**
 * The {@code events} action: answers "what's on?" questions in the person's own words with cards
 * for the next events that fit, soonest first. When the month asked about has nothing, says so and
 * shows the next ones instead.
 */
@Component
class EventsAction implements DialogAction {

  static final String LAST_AREAS = "events.areas";

  static final String LAST_AVOIDED = "events.avoided";

  private final EventFinder finder;
  private final EventCards cards;
  private final DialogContent content;
  private final EventsSettings settings;

  EventsAction(
      EventFinder finder, EventCards cards, DialogContent content, EventsSettings settings) {
    content.require(EventTexts.values());
    this.finder = finder;
    this.cards = cards;
    this.content = content;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public ActionResult run(ActionContext context) {
    String text = context.text() != null ? context.text() : context.arg("q");
    EventFinder.Question q = remembered(finder.understand(text), context);
    List<EventFinder.Found> found = finder.find(q, false);
    List<OutgoingMessage> out = new ArrayList<>();
    String place = q.areas().stream().map(Areas.Area::label).collect(Collectors.joining("・"));
    String avoided =
        q.avoided().stream()
            .map(a -> a.wholePrefecture() ? a.prefecture() : a.municipality())
            .collect(Collectors.joining("・"));
    if (found.isEmpty() && q.month().isPresent()) {
      out.add(
          new OutgoingMessage.Text(
              content.text(
                  EventTexts.NONE_IN_MONTH, Map.of("month", q.month().get().getMonthValue()))));
      found = finder.find(q, true);
    }
    if (found.isEmpty()) {
      out.add(
          new OutgoingMessage.Text(
              content.text(
                  !avoided.isEmpty()
                      ? EventTexts.NONE_AVOIDING
                      : place.isEmpty() ? EventTexts.NONE : EventTexts.NONE_HERE,
                  Map.of("place", place, "avoided", avoided))));
      return ActionResult.say(out);
    }
    List<EventFinder.Found> shown = found.subList(0, Math.min(found.size(), settings.maxShown()));
    out.add(
        new OutgoingMessage.Text(
            content.text(
                !avoided.isEmpty()
                    ? EventTexts.INTRO_AVOIDING
                    : place.isEmpty() ? EventTexts.INTRO : EventTexts.INTRO_HERE,
                Map.of("place", place, "avoided", avoided))));
    out.add(
        new OutgoingMessage.Cards(
            content.text(EventTexts.ALT), shown.stream().map(this::card).toList(), List.of()));
    return ActionResult.say(out);
  }

  /**
   * The place asked about last (kept only in the short-lived conversation state), when this
   * question names none: "次の会は？" after "高松で交流会ある？" still means 高松.
   */
  private static EventFinder.Question remembered(EventFinder.Question q, ActionContext context) {
    if (!q.areas().isEmpty()) {
      context.state().put(LAST_AREAS, keys(q.areas()));
      if (q.avoided().isEmpty()) {
        context.state().remove(LAST_AVOIDED);
      } else {
        context.state().put(LAST_AVOIDED, keys(q.avoided()));
      }
      return q;
    }
    List<Areas.Area> last = areas(context, LAST_AREAS);
    return last.isEmpty()
        ? q
        : new EventFinder.Question(
            last, areas(context, LAST_AVOIDED), q.month(), q.audience(), q.online(), q.women());
  }

  private static String keys(List<Areas.Area> areas) {
    return areas.stream()
        .map(a -> a.prefecture() + "/" + a.municipality())
        .collect(Collectors.joining("\n"));
  }

  private static List<Areas.Area> areas(ActionContext context, String key) {
    return context.state().get(key).stream()
        .flatMap(v -> Arrays.stream(v.split("\n")))
        .filter(v -> v.indexOf('/') > 0)
        .map(v -> new Areas.Area(v.substring(0, v.indexOf('/')), v.substring(v.indexOf('/') + 1)))
        .toList();
  }

  private OutgoingMessage.Card card(EventFinder.Found f) {
    String note = EventTexts.tier(f.tier()).map(content::text).orElse("");
    return cards.answer(f.event(), note);
  }
}
