package jp.junction.bot.conversation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three ways the bot can speak: standard Japanese ({@code dialogs/*.yml}), やさしい日本語 ({@code
 * dialogs/easy/}) and English ({@code dialogs/en/}). The person picks one, or writes in English;
 * the choice lasts the conversation.
 */
public enum Language {
  STANDARD("ja"),
  EASY("easy"),
  ENGLISH("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The code kept in the conversation state and in postback data; also the variant's folder. */
  public String code() {
    return code;
  }

  public static Optional<Language> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
