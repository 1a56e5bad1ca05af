package jp.junction.bot.memo;

import jp.junction.bot.conversation.NodeKey;

/** The {@code dialogs/memo.yml} nodes the memo shows. */
enum MemoNodes implements NodeKey {
  DONE("memo_done"),
  STOP("memo_stop");

  private final String key;

  MemoNodes(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
