package jp.junction.bot.handoff;

import jp.junction.bot.conversation.ListKey;

/** The word lists of {@code dialogs/handoff.yml}. */
enum HandoffLists implements ListKey {
  /** Patterns of a wish to talk with a person rather than the bot. */
  ASK("handoff_ask"),
  /** Patterns of a search for a place, which the search answers instead. */
  PLACE("handoff_place"),
  /** Sentences the search must keep: no pattern of {@link #ASK} may take them. */
  SEARCH("handoff_search"),
  /** Whole messages that bring the bot back while it is quiet. */
  RELEASE("handoff_release"),
  /** The names of the days, Monday first. */
  WEEKDAYS("handoff_weekdays");

  private final String key;

  HandoffLists(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
