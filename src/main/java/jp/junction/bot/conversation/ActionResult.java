package jp.junction.bot.conversation;

import java.util.List;
import jp.junction.bot.line.OutgoingMessage;

/**
 * What an action answers: messages to send, a dialog node to show (after messages of its own, if
 * any), or nothing, in which case the engine answers with the gentle fallback.
 */
public sealed interface ActionResult {

  /** Send these messages; none at all means {@link #nothing()}. */
  static ActionResult say(List<OutgoingMessage> messages) {
    return messages.isEmpty() ? nothing() : new Say(messages);
  }

  /** Send this one message. */
  static ActionResult say(OutgoingMessage message) {
    return new Say(List.of(message));
  }

  /** Show dialog node {@code node}, as if it had been tapped. */
  static ActionResult show(NodeKey node) {
    return new Show(List.of(), node);
  }

  /** Send {@code first}, then show dialog node {@code node}. */
  static ActionResult show(List<OutgoingMessage> first, NodeKey node) {
    return new Show(first, node);
  }

  /** Nothing to say: the engine answers with the gentle fallback. */
  static ActionResult nothing() {
    return new Nothing();
  }

  /** Messages to send. */
  record Say(List<OutgoingMessage> messages) implements ActionResult {
    public Say {
      messages = List.copyOf(messages);
    }
  }

  /** Messages to send, then a dialog node (its words, quick replies, action and expectation). */
  record Show(List<OutgoingMessage> first, NodeKey node) implements ActionResult {
    public Show {
      first = List.copyOf(first);
    }
  }

  /** Nothing to say. */
  record Nothing() implements ActionResult {}
}
