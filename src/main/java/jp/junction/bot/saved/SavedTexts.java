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
  REMIND_PUSH("saved.remind.push"),
  REMIND_EVENT_ASK("saved.remind.event.ask"),
  REMIND_EVENT_EVE("saved.remind.event.eve"),
  REMIND_EVENT_SOON("saved.remind.event.soon"),
  REMIND_EVENT_UNKNOWN("saved.remind.event.unknown"),
  REMIND_EVENT_CAPPED("saved.remind.event.capped"),
  REMIND_EVENT_BOOKED("saved.remind.event.booked"),
  REMIND_EVENT_PUSH("saved.remind.event.push"),
  REMIND_EVENT_CHANGED("saved.remind.event.changed"),
  REMIND_EVENT_CANCELLED("saved.remind.event.cancelled"),
  REMIND_EVENT_PAST("saved.remind.event.past"),
  REMIND_EVENT_GONE("saved.remind.event.gone"),
  REMIND_EVENT_ALT("saved.remind.event.alt");

  private final String key;

  SavedTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
