package jp.junction.bot.conversation;

/** A word list under {@code lists:} in {@code dialogs/}, such as {@code crisis_phrases}. */
public non-sealed interface ListKey extends DialogKey {}
