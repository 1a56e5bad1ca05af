package jp.junction.bot.saved;

import jp.junction.bot.conversation.NodeKey;

/** The {@code dialogs/saved.yml} nodes the saved places show. */
enum SavedNodes implements NodeKey {
  EMPTY("saved_empty"),
  CLEAR("saved_clear"),
  MENU("menu");

  private final String key;

  SavedNodes(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
