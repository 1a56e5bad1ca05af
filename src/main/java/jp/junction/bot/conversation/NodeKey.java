package jp.junction.bot.conversation;

/**
 * The id of a dialog node that code shows ({@link ActionResult#show}, {@link
 * DialogContent#gotoNode}).
 */
public non-sealed interface NodeKey extends DialogKey {}
