package jp.junction.bot.conversation;

/** The {@code dialogs/} texts the conversation feature itself names. */
enum ConversationTexts implements TextKey {
  /** What the conversation state is called when the person erases their data. */
  DATA_NAME("privacy.data.conversation");

  private final String key;

  ConversationTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
