package jp.junction.bot.conversation;

import java.util.Optional;

/**
 * A feature that recognises what a typed message does as a conversational act (a greeting, thanks,
 * distress, a long story) and names the dialog node that answers it. The engine asks every reader
 * after the dialogs' own triggers and before what the bot asked last and the search; the crisis
 * screening has run before the engine is reached.
 */
public interface TypedTextReader {

  /**
   * The node that answers {@code text}, or empty to let the engine go on. {@code expecting} is true
   * when the bot has just asked something, so that a short 「はい」 can still answer that question.
   */
  Optional<NodeKey> nodeFor(String text, boolean expecting);
}
