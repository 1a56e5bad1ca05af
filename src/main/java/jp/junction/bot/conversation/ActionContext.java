package jp.junction.bot.conversation;

import java.util.Map;

/**
 * What an action gets: what the person did, arguments from the dialog or the tapped postback, and
 * their short-lived conversation state.
 */
public record ActionContext(Inbound inbound, Map<String, String> args, ConversationState state) {

  public ActionContext {
    args = Map.copyOf(args);
  }

  /** Who is asking. */
  public Person person() {
    return inbound.person();
  }

  /** The typed text (for {@code expect} steps and typed questions); null for taps and the rest. */
  public String text() {
    return inbound instanceof Inbound.Text typed ? typed.text() : null;
  }

  public String arg(String name) {
    return args.get(name);
  }
}
