package jp.junction.bot.hours;

import jp.junction.bot.conversation.TextKey;

/** The {@code dialogs/hours.yml} texts {@link OpenNotes} writes with. */
enum HoursTexts implements TextKey {
  OPEN_NOW("hours.open_now"),
  NEXT_TODAY("hours.next.today"),
  NEXT_TOMORROW("hours.next.tomorrow"),
  NEXT_WEEKDAY("hours.next.weekday"),
  NEXT_DATE("hours.next.date"),
  TIME_HOUR("hours.time.hour"),
  TIME_MINUTE("hours.time.minute");

  private final String key;

  HoursTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
