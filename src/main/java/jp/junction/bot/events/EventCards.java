package jp.junction.bot.events;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.vocabulary.Link;
import org.springframework.stereotype.Component;

/**
 * An event as a card: when, where, who it is for, how to join, a repeating event's next dates, the
 * description, and the sign-up page. In a chat answer the card also has 「知らせてほしい」, which asks
 * saved/ (which registers {@link #REMIND_ACTION}) for the days a reminder may be booked.
 */
@Component
public class EventCards {

  /**
   * The action the 「知らせてほしい」 button runs, with the event's id as {@code id}; saved/ registers it
   * (the webhook tests tap the button).
   */
  static final String REMIND_ACTION = "saved.event_remind";

  /** How many dates of a repeating event a card names. */
  static final int NEXT_DATES = 3;

  private final Events events;
  private final EventWords words;
  private final DialogContent content;

  EventCards(Events events, EventWords words, DialogContent content) {
    content.require(EventTexts.values());
    this.events = events;
    this.words = words;
    this.content = content;
  }

  /** The card a chat answer shows, with {@code note} (how far it is) and 「知らせてほしい」. */
  OutgoingMessage.Card answer(Event e, String note) {
    String label = content.text(EventTexts.BUTTON_REMIND);
    String shown = content.text(EventTexts.BUTTON_REMIND_SHOWN, Map.of("title", e.title()));
    OutgoingMessage.Action remind =
        content.postback(
            label,
            REMIND_ACTION,
            Map.of("id", e.id()),
            LineLimits.clip(shown, LineLimits.ACTION_TEXT));
    return card(e, note, List.of(remind));
  }

  /** The event as it is now, with its sign-up page but nothing to book (a reminder's push). */
  public OutgoingMessage.Card card(Event e) {
    return card(e, "", List.of());
  }

  private OutgoingMessage.Card card(Event e, String note, List<OutgoingMessage.Action> own) {
    List<String> lines = new ArrayList<>(List.of(words.where(e), words.who(e), words.howToJoin(e)));
    if (e.recurring()) {
      // The next date is the card's own; the two after it follow (three dates in all).
      List<ZonedDateTime> later =
          events.dates(e, NEXT_DATES, false).stream()
              .skip(1)
              .map(OpeningHours.Opening::start)
              .toList();
      if (!later.isEmpty()) {
        lines.add(words.later(later));
      }
    }
    if (!e.description().isEmpty()) {
      lines.add(e.description());
    }
    List<String> tags = new ArrayList<>();
    if (e.remote()) {
      tags.add(content.text(EventTexts.TAG_ONLINE));
    }
    if (e.womenOnly()) {
      tags.add(content.text(EventTexts.TAG_WOMEN));
    }
    List<OutgoingMessage.Action> buttons = new ArrayList<>();
    if (Link.looksLikeLink(e.registration())) {
      buttons.add(
          new OutgoingMessage.Action.Uri(
              content.text(EventTexts.BUTTON_REGISTER), e.registration()));
    }
    buttons.addAll(own);
    return new OutgoingMessage.Card(e.title(), words.when(e), lines, tags, note, buttons);
  }
}
