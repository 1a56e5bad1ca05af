package jp.junction.bot.safety;

import jp.junction.bot.conversation.ListKey;

/** The {@code dialogs/crisis.yml} word lists safety reads. */
enum SafetyLists implements ListKey {
  CRISIS_PHRASES("crisis_phrases");

  private final String key;

  SafetyLists(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
