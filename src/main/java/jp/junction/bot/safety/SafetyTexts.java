package jp.junction.bot.safety;

import jp.junction.bot.conversation.TextKey;

/** The {@code dialogs/} texts the safety feature names. */
enum SafetyTexts implements TextKey {
  RATE_LIMIT_DATA("privacy.data.rate_limit");

  private final String key;

  SafetyTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
