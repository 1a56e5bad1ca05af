package jp.junction.bot.conversation;

/** The {@code dialogs/language.yml} texts the language choice names. */
enum LanguageWords implements TextKey {
  /** Said once when a message in English turns the conversation to English. */
  SWITCHED("language.switched"),
  /** The quick reply back to standard Japanese, offered with that note. */
  BACK("language.back");

  private final String key;

  LanguageWords(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The list {@link EnglishReader} reads. */
  enum Lists implements ListKey {
    /** Common English words: a message made of them is English (not romaji Japanese). */
    ENGLISH_WORDS("language_english_words");

    private final String key;

    Lists(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }
}
