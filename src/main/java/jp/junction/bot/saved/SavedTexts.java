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
  GONE("saved.gone");

  private final String key;

  SavedTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
