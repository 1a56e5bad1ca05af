package jp.junction.bot.talk;

import jp.junction.bot.conversation.ListKey;

/** The word lists of {@code dialogs/talk.yml}. */
enum TalkLists implements ListKey {
  SAD_SYMBOLS("talk_sad_symbols"),
  REQUEST("talk_request"),
  /** A request only to talk to someone (誰かに相談したい, 話を聞いてほしい). */
  REQUEST_TALK("talk_request_talk"),
  /** A request for something the search finds (探して, 教えて, 病院, 事業所). */
  REQUEST_FIND("talk_request_find"),
  /** Kinds of place the search finds (居場所, 家族会, 窓口): a short message with one is searched. */
  RESOURCE("talk_resource"),
  /** Subjects the search knows (不登校, 支援): searched unless the message tells of distress. */
  TOPIC("talk_topic"),
  /** A family member worried about someone at home. */
  FAMILY("talk_family"),
  DISTRESS("talk_distress"),
  /** Distress in base forms (the words view): conjugation and dialect collapse. */
  DISTRESS_WORDS("talk_distress_words", TalkLists.View.WORDS),
  /** Distress in English words (the Latin view). */
  DISTRESS_LATIN("talk_distress_latin", TalkLists.View.LATIN),
  HELLO("talk_hello"),
  THANKS("talk_thanks"),
  BYE("talk_bye"),
  LAUGH("talk_laugh"),
  UNSURE("talk_unsure"),
  ABOUT_BOT("talk_about_bot"),
  /** Questions about what is kept and who reads it. */
  RECORDS("talk_records"),
  ACK("talk_ack"),
  THEME_FAMILY("talk_theme_family"),
  THEME_ALONE("talk_theme_alone"),
  THEME_WORK("talk_theme_work"),
  THEME_SCHOOL("talk_theme_school"),
  /** A question word or a wish: a short message with one is not read as something told. */
  ASKING("talk_asking"),
  /** Sentences that must reach the search: no act may take them (checked at startup). */
  SEARCH("talk_search");

  /** Which view of a message a list's patterns read (see {@link TalkViews}). */
  enum View {
    FOLDED,
    WORDS,
    LATIN
  }

  private final String key;
  private final View view;

  TalkLists(String key) {
    this(key, View.FOLDED);
  }

  TalkLists(String key, View view) {
    this.key = key;
    this.view = view;
  }

  View view() {
    return view;
  }

  @Override
  public String key() {
    return key;
  }
}
