package jp.junction.bot.hours;

import jp.junction.bot.conversation.ListKey;

/** The {@code dialogs/hours.yml} word lists. */
enum HoursLists implements ListKey {
  /** The seven weekday names, Monday first. */
  WEEKDAYS("hours_weekdays");

  private final String key;

  HoursLists(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
