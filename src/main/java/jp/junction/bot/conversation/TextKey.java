package jp.junction.bot.conversation;

/** A key under {@code texts:} in {@code dialogs/}, such as {@code search.none}. */
public non-sealed interface TextKey extends DialogKey {}
