package jp.junction.bot.line;

import java.util.List;

/**
 * A message the bot sends, in our own terms. Only {@code line/} turns these into LINE SDK types, so
 * features and tests never depend on the SDK. All user-facing text comes from {@code dialogs/}.
 */
public sealed interface OutgoingMessage {

  /** Quick replies shown under the message (see {@link LineLimits} for how many and how long). */
  List<Action> quickReplies();

  /** A plain text message (at most {@link LineLimits#TEXT} UTF-16 units). */
  record Text(String text, List<Action> quickReplies) implements OutgoingMessage {
    public Text {
      quickReplies = List.copyOf(quickReplies);
    }

    public Text(String text) {
      this(text, List.of());
    }
  }

  /**
   * A horizontally scrolling set of cards (a Flex carousel on LINE, at most {@link
   * LineLimits#CAROUSEL_BUBBLES} cards).
   */
  record Cards(String altText, List<Card> cards, List<Action> quickReplies)
      implements OutgoingMessage {
    public Cards {
      cards = List.copyOf(cards);
      quickReplies = List.copyOf(quickReplies);
    }
  }

  /**
   * One card: a title, a small label line (kind, area), body lines (hours, contact), tags shown as
   * chips, a dimmed note (for example the last-checked date) and buttons.
   */
  record Card(
      String title,
      String subtitle,
      List<String> lines,
      List<String> tags,
      String note,
      List<Action> buttons) {
    public Card {
      lines = List.copyOf(lines);
      tags = List.copyOf(tags);
      buttons = List.copyOf(buttons);
    }
  }

  /** What a quick reply or a button does when tapped. */
  sealed interface Action {
    String label();

    /**
     * Sends postback {@code data} (at most {@link LineLimits#POSTBACK_DATA} characters); {@code
     * displayText} echoes in chat.
     */
    record Postback(String label, String data, String displayText) implements Action {}

    /** Sends {@code text} as if the person typed it. */
    record Message(String label, String text) implements Action {}

    /** Opens a web page or a {@code tel:} link. */
    record Uri(String label, String uri) implements Action {}

    /** Opens LINE's location picker; the person's choice arrives as a location message. */
    record Location(String label) implements Action {}

    /**
     * Opens LINE's date picker ({@code yyyy-MM-dd}, between {@code min} and {@code max}, starting
     * at {@code initial}); the chosen day arrives as a postback of {@code data} with the date.
     */
    record DatePicker(String label, String data, String initial, String min, String max)
        implements Action {}
  }
}
