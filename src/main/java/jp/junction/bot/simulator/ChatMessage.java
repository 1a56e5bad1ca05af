package jp.junction.bot.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.OutgoingMessage.Action;
import jp.junction.bot.line.OutgoingMessage.Card;

/**
 * One bubble of the chat page as JSON, with a {@code kind} the page switches on: what the bot sent
 * ({@code text}, {@code cards}), what the person did ({@code text}, {@code postback}, {@code
 * location}, {@code follow}, {@code unfollow}) or a {@code problem} only a developer needs to see
 * (for example a reply LINE would have rejected).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ChatMessage(
    String kind,
    String text,
    String altText,
    List<CardView> cards,
    List<ActionView> quickReplies,
    String data,
    String title,
    String address,
    Double latitude,
    Double longitude) {

  static ChatMessage of(OutgoingMessage message) {
    List<ActionView> quickReplies = actions(message.quickReplies());
    if (message instanceof OutgoingMessage.Text text) {
      return new ChatMessage(
          "text", text.text(), null, null, quickReplies, null, null, null, null, null);
    }
    if (message instanceof OutgoingMessage.Cards cards) {
      List<CardView> views = cards.cards().stream().map(CardView::of).toList();
      return new ChatMessage(
          "cards", null, cards.altText(), views, quickReplies, null, null, null, null, null);
    }
    return problem(
        "a " + message.getClass().getSimpleName() + " message, which the chat page cannot show");
  }

  static ChatMessage text(String text) {
    return new ChatMessage("text", text, null, null, null, null, null, null, null, null);
  }

  static ChatMessage postback(String data, String displayText) {
    return new ChatMessage("postback", displayText, null, null, null, data, null, null, null, null);
  }

  static ChatMessage location(String title, String address, double latitude, double longitude) {
    return new ChatMessage(
        "location", null, null, null, null, null, title, address, latitude, longitude);
  }

  /** A follow or unfollow: no bubble, a centred note on the page. */
  static ChatMessage event(String kind) {
    return new ChatMessage(kind, null, null, null, null, null, null, null, null, null);
  }

  static ChatMessage problem(String description) {
    return new ChatMessage("problem", description, null, null, null, null, null, null, null, null);
  }

  private static List<ActionView> actions(List<Action> actions) {
    return actions.stream().map(ActionView::of).toList();
  }

  /** A card of a carousel. */
  record CardView(
      String title,
      String subtitle,
      List<String> lines,
      List<String> tags,
      String note,
      List<ActionView> buttons) {

    static CardView of(Card card) {
      return new CardView(
          card.title(),
          card.subtitle(),
          card.lines(),
          card.tags(),
          card.note(),
          actions(card.buttons()));
    }
  }

  /**
   * A quick reply or button: {@code postback}, {@code message}, {@code uri}, {@code location} or
   * {@code datepicker} (with the first, earliest and latest day it offers).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ActionView(
      String kind,
      String label,
      String data,
      String displayText,
      String text,
      String uri,
      String initial,
      String min,
      String max) {

    static ActionView of(Action action) {
      if (action instanceof Action.Postback postback) {
        return new ActionView(
            "postback",
            postback.label(),
            postback.data(),
            postback.displayText(),
            null,
            null,
            null,
            null,
            null);
      }
      if (action instanceof Action.Message message) {
        return new ActionView(
            "message", message.label(), null, null, message.text(), null, null, null, null);
      }
      if (action instanceof Action.Uri uri) {
        return new ActionView("uri", uri.label(), null, null, null, uri.uri(), null, null, null);
      }
      if (action instanceof Action.DatePicker picker) {
        return new ActionView(
            "datepicker",
            picker.label(),
            picker.data(),
            null,
            null,
            null,
            picker.initial(),
            picker.min(),
            picker.max());
      }
      return new ActionView("location", action.label(), null, null, null, null, null, null, null);
    }
  }
}
