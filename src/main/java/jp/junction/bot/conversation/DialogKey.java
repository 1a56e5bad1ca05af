package jp.junction.bot.conversation;

/**
 * A key code names in {@code dialogs/}: a {@link TextKey text}, a {@link ListKey word list} or a
 * {@link NodeKey node}. Each feature lists its keys in enums next to it and checks them once at
 * startup with {@link DialogContent#require}; {@code DialogKeysTests} holds every enum against the
 * real {@code dialogs/} both ways.
 */
public sealed interface DialogKey permits TextKey, ListKey, NodeKey {

  /** The key as written in {@code dialogs/*.yml}. */
  String key();
}
