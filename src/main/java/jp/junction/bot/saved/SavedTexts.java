package jp.junction.bot.saved;

import jp.junction.bot.conversation.TextKey;

/** The texts of {@code dialogs/saved.yml}. */
enum SavedTexts implements TextKey {
  DATA("saved.data"),
  ADDED("saved.added"),
  ALREADY("saved.already"),
  FULL("saved.full"),
  UNKNOWN("saved.unknown"),
  LIST("saved.list"),
  ALT("saved.alt"),
  SEPARATOR("saved.separator"),
  REMOVE("saved.remove"),
  REMOVE_SHOWN("saved.remove.shown"),
  REMOVED("saved.removed"),
  REMOVED_ALREADY("saved.removed.already"),
  CLEARED("saved.cleared"),
  SHOW_LIST("saved.show_list"),
  MENU("saved.menu"),
  CLEAR("saved.clear"),
  RETIRED_PAUSED("saved.retired.paused"),
  RETIRED_ENDED("saved.retired.ended"),
  GONE_TITLE("saved.gone.title"),
  GONE("saved.gone"),
  REMIND_DATA("saved.remind.data"),
  REMIND_ASK("saved.remind.ask"),
  REMIND_OFFER("saved.remind.offer"),
  REMIND_PICK("saved.remind.pick"),
  REMIND_CAPPED("saved.remind.capped"),
  REMIND_BOOKED("saved.remind.booked"),
  REMIND_STOP("saved.remind.stop"),
  REMIND_STOPPED("saved.remind.stopped"),
  REMIND_NONE("saved.remind.none"),
  REMIND_PUSH("saved.remind.push");

  private final String key;

  SavedTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
