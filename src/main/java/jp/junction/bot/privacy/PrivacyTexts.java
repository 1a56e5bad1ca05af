package jp.junction.bot.privacy;

import jp.junction.bot.conversation.TextKey;

/** The {@code dialogs/privacy.yml} texts of erasure and the privacy notice. */
enum PrivacyTexts implements TextKey {
  ERASE_FAILED("privacy.erase_failed"),
  ERASED("privacy.erased"),
  ERASED_NOTHING("privacy.erased_nothing"),
  NOTICE("privacy.notice"),
  UNIT_DAYS("privacy.unit.days"),
  UNIT_HOURS("privacy.unit.hours"),
  UNIT_MINUTES("privacy.unit.minutes");

  private final String key;

  PrivacyTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
