package jp.junction.bot.conversation;

/**
 * The id of a dialog node that code shows ({@link ActionResult#show}, {@link
 * DialogContent#gotoNode}); each feature lists its own in an enum next to it.
 */
public interface NodeKey {

  /** The node's {@code id} in {@code dialogs/*.yml}. */
  String key();
}
