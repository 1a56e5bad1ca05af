package jp.junction.bot.talk;

import jp.junction.bot.conversation.ListKey;

/** The word lists of {@code dialogs/talk.yml}. */
enum TalkLists implements ListKey {
  SAD_SYMBOLS("talk_sad_symbols"),
  REQUEST("talk_request"),
  RESOURCE("talk_resource"),
  DISTRESS("talk_distress"),
  HELLO("talk_hello"),
  THANKS("talk_thanks"),
  BYE("talk_bye"),
  LAUGH("talk_laugh"),
  UNSURE("talk_unsure"),
  ABOUT_BOT("talk_about_bot"),
  ACK("talk_ack"),
  THEME_FAMILY("talk_theme_family"),
  THEME_ALONE("talk_theme_alone"),
  THEME_WORK("talk_theme_work"),
  THEME_SCHOOL("talk_theme_school"),
  /** Sentences that must reach the search: no act may take them (checked at startup). */
  SEARCH("talk_search");

  private final String key;

  TalkLists(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
