package jp.junction.bot.simulator;

import java.util.List;
import java.util.Optional;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.OutgoingMessage.Action;

/**
 * The Messaging API limits a send would break, so that the chat page fails where LINE would (with a
 * 400) instead of showing something LINE would never deliver. The descriptions are for developers
 * and appear on the page as a problem note.
 */
final class LineLimits {

  static final int MAX_MESSAGES = 5;
  static final int MAX_MULTICAST_USERS = 500;
  private static final int MAX_TEXT = 5000;
  private static final int MAX_QUICK_REPLIES = 13;
  private static final int MAX_QUICK_REPLY_LABEL = 20;
  private static final int MAX_BUTTON_LABEL = 40;
  private static final int MAX_POSTBACK_DATA = 300;
  private static final int MAX_CARDS = 12;
  private static final int MAX_ALT_TEXT = 1500;

  private LineLimits() {}

  /** The first limit the messages break, if any. */
  static Optional<String> firstProblem(List<OutgoingMessage> messages) {
    if (messages.isEmpty() || messages.size() > MAX_MESSAGES) {
      return Optional.of(messages.size() + " messages in one request (LINE allows 1 to 5)");
    }
    for (OutgoingMessage message : messages) {
      Optional<String> problem = problemOf(message);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problemOf(OutgoingMessage message) {
    if (message.quickReplies().size() > MAX_QUICK_REPLIES) {
      return Optional.of(message.quickReplies().size() + " quick replies (LINE allows 13)");
    }
    Optional<String> quick = actionsProblem(message.quickReplies(), MAX_QUICK_REPLY_LABEL);
    if (quick.isPresent()) {
      return quick;
    }
    if (message instanceof OutgoingMessage.Text text) {
      return text.text() == null || text.text().isEmpty() || text.text().length() > MAX_TEXT
          ? Optional.of(
              "a text of " + length(text.text()) + " UTF-16 units (LINE allows 1 to 5000)")
          : Optional.empty();
    }
    if (!(message instanceof OutgoingMessage.Cards cards)) {
      return Optional.empty(); // a kind the page shows as a problem itself
    }
    if (cards.cards().isEmpty() || cards.cards().size() > MAX_CARDS) {
      return Optional.of(cards.cards().size() + " cards in a carousel (LINE allows 1 to 12)");
    }
    if (cards.altText() == null
        || cards.altText().isBlank()
        || cards.altText().length() > MAX_ALT_TEXT) {
      return Optional.of("a carousel altText of " + length(cards.altText()) + " (1 to 1500)");
    }
    return cards.cards().stream()
        .map(card -> actionsProblem(card.buttons(), MAX_BUTTON_LABEL))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> actionsProblem(List<Action> actions, int maxLabel) {
    for (Action action : actions) {
      int label = length(action.label());
      if (label == 0 || label > maxLabel) {
        return Optional.of(
            "an action label of " + label + " characters (LINE allows 1 to " + maxLabel + ")");
      }
      if (action instanceof Action.Postback postback
          && length(postback.data()) > MAX_POSTBACK_DATA) {
        return Optional.of("postback data of " + length(postback.data()) + " characters (300)");
      }
    }
    return Optional.empty();
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }
}
