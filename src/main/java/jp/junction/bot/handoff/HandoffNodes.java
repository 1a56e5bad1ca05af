package jp.junction.bot.handoff;

import jp.junction.bot.conversation.NodeKey;

/** The nodes of {@code dialogs/handoff.yml} the code shows. */
enum HandoffNodes implements NodeKey {
  /** Where 「人と話したい」 and the menu lead: picks one of the two below. */
  ENTRY("handoff"),
  /** The national phone and SNS lines, with honest words about the bot. */
  PEOPLE("handoff_people"),
  /** The same, with the organisation's staff chat offered first. */
  PEOPLE_WITH_STAFF("handoff_people_staff"),
  /** After 「スタッフと話したい」: how to come back to the bot. */
  WAITING("handoff_waiting");

  private final String key;

  HandoffNodes(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
