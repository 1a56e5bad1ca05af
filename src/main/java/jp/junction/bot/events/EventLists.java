package jp.junction.bot.events;

import jp.junction.bot.conversation.ListKey;
import jp.junction.bot.vocabulary.Audience;

/** The {@code dialogs/events.yml} word lists the events feature reads. */
enum EventLists implements ListKey {
  WEEKDAYS("events.weekdays"),
  WORDS_FAMILY("events.words.family"),
  WORDS_MONTH_SUFFIX("events.words.month_suffix"),
  WORDS_NEXT_MONTH("events.words.next_month"),
  WORDS_ONLINE("events.words.online"),
  WORDS_SELF("events.words.self"),
  WORDS_SUPPORTER("events.words.supporter"),
  WORDS_THIS_MONTH("events.words.this_month"),
  WORDS_WOMEN("events.words.women");

  private final String key;

  EventLists(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The words that say a question is about events for an audience. */
  static EventLists wordsFor(Audience audience) {
    return switch (audience) {
      case SELF -> WORDS_SELF;
      case FAMILY -> WORDS_FAMILY;
      case SUPPORTER -> WORDS_SUPPORTER;
    };
  }
}
