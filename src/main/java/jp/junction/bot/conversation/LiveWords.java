package jp.junction.bot.conversation;

/**
 * Fills placeholders in a node's words at the moment it is said, for words that depend on the time
 * (which lines are open now). A node's {@code say} may name {@code {lines.phone}}-style
 * placeholders that a feature fills; {@link ConversationEngine#renderOccasion} keeps them as
 * written, for a caller that fills them itself. Must not fail: give the text back unchanged rather.
 */
public interface LiveWords {

  /** {@code said} with this feature's placeholders filled for now. */
  String fill(String said);
}
