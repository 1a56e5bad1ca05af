package jp.junction.bot.talk;

import jp.junction.bot.conversation.NodeKey;

/** A conversational act and the node of {@code dialogs/talk.yml} that answers it. */
enum TalkAct implements NodeKey {
  DISTRESS("talk_distress", TalkLists.DISTRESS, true),
  /**
   * A family member worried about someone at home: acknowledged, then searched for family places.
   * Not taken while the bot waits for an answer (its family question expects exactly this).
   */
  FAMILY("talk_family", TalkLists.FAMILY, false),
  ABOUT_BOT("talk_about_bot", TalkLists.ABOUT_BOT, true),
  /** What is kept, for how long, and who reads it. */
  RECORDS("talk_records", TalkLists.RECORDS, true),
  HELLO("talk_hello", TalkLists.HELLO, true),
  THANKS("talk_thanks", TalkLists.THANKS, true),
  BYE("talk_bye", TalkLists.BYE, true),
  LAUGH("talk_laugh", TalkLists.LAUGH, false),
  UNSURE("talk_unsure", TalkLists.UNSURE, false),
  ACK("talk_ack", TalkLists.ACK, false),
  /** Emoji only, or one kana or letter. */
  SHORT("talk_short", null, false),
  /** A long story with no request. */
  STORY("talk_story", null, false),
  /**
   * Something told, not asked (元同級生を駅で見かけて隠れた, 同窓会の案内きてた): a statement that names no place, asks
   * nothing and wants nothing the search could find.
   */
  TELL("talk_tell", null, false);

  private final String key;
  private final TalkLists list;
  private final boolean evenWhenAsked;

  TalkAct(String key, TalkLists list, boolean evenWhenAsked) {
    this.key = key;
    this.list = list;
    this.evenWhenAsked = evenWhenAsked;
  }

  @Override
  public String key() {
    return key;
  }

  /** The list whose patterns recognise this act; null for acts told by length. */
  TalkLists list() {
    return list;
  }

  /** True when the act is taken even while the bot waits for an answer to its question. */
  boolean evenWhenAsked() {
    return evenWhenAsked;
  }
}
