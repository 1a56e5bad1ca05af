package jp.junction.bot.conversation;

import java.util.List;
import java.util.Map;
import jp.junction.bot.line.OutgoingMessage;

/**
 * What an action gets: who is asking, what they did, the free text (for {@code expect} steps or
 * typed questions), arguments from the dialog or the tapped postback, their short-lived state, and
 * a way to show any dialog node.
 */
public record ActionContext(
    Person person,
    Inbound inbound,
    String text,
    Map<String, String> args,
    ConversationState state,
    NodeRenderer nodes) {

  public ActionContext {
    args = Map.copyOf(args);
  }

  public String arg(String name) {
    return args.get(name);
  }

  /** Renders dialog nodes for actions that want to end with, or fall back to, one. */
  @FunctionalInterface
  public interface NodeRenderer {
    List<OutgoingMessage> render(String nodeId, ConversationState state);
  }
}
