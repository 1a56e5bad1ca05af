package jp.junction.bot.simulator;

import java.util.List;
import java.util.Optional;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.OutgoingMessage.Action;

/**
 * The first of {@link LineLimits} a send would break, so that the chat page fails where LINE would
 * (with a 400) instead of showing something LINE would never deliver. The descriptions are for
 * developers and appear on the page as a problem note.
 */
final class LineRejections {

  private LineRejections() {}

  /** The first limit the messages break, if any. */
  static Optional<String> firstProblem(List<OutgoingMessage> messages) {
    Optional<String> count =
        outside("messages in one request", messages.size(), 1, LineLimits.MESSAGES_PER_REQUEST);
    if (count.isPresent()) {
      return count;
    }
    return messages.stream().map(LineRejections::problemOf).flatMap(Optional::stream).findFirst();
  }

  private static Optional<String> problemOf(OutgoingMessage message) {
    Optional<String> quick =
        outside("quick replies", message.quickReplies().size(), 0, LineLimits.QUICK_REPLIES)
            .or(() -> actionsProblem(message.quickReplies(), LineLimits.QUICK_REPLY_LABEL));
    if (quick.isPresent()) {
      return quick;
    }
    if (message instanceof OutgoingMessage.Text text) {
      return outside("UTF-16 units in a text", length(text.text()), 1, LineLimits.TEXT);
    }
    if (!(message instanceof OutgoingMessage.Cards cards)) {
      return Optional.empty(); // a kind the page shows as a problem itself
    }
    return outside("cards in a carousel", cards.cards().size(), 1, LineLimits.CAROUSEL_BUBBLES)
        .or(
            () ->
                outside("characters of altText", visible(cards.altText()), 1, LineLimits.ALT_TEXT))
        .or(
            () ->
                cards.cards().stream()
                    .map(card -> actionsProblem(card.buttons(), LineLimits.BUTTON_LABEL))
                    .flatMap(Optional::stream)
                    .findFirst());
  }

  private static Optional<String> actionsProblem(List<Action> actions, int maxLabel) {
    for (Action action : actions) {
      Optional<String> problem =
          outside("characters in an action label", length(action.label()), 1, maxLabel)
              .or(
                  () ->
                      action instanceof Action.Postback postback
                          ? outside(
                              "characters of postback data",
                              length(postback.data()),
                              0,
                              LineLimits.POSTBACK_DATA)
                          : Optional.empty());
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** "7 quick replies (LINE allows 0 to 13)" when {@code n} is outside {@code min..max}. */
  private static Optional<String> outside(String what, int n, int min, int max) {
    return n >= min && n <= max
        ? Optional.empty()
        : Optional.of(n + " " + what + " (LINE allows " + min + " to " + max + ")");
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  /** A blank altText counts as none: LINE shows it in notifications and chat lists. */
  private static int visible(String text) {
    return text == null || text.isBlank() ? 0 : text.length();
  }
}
