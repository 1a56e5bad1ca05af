package jp.junction.bot.notices;

import jp.junction.bot.conversation.NodeKey;

/** The {@code dialogs/notices.yml} nodes the notices feature shows. */
enum NoticeNodes implements NodeKey {
  TYPE_AREA("notices_type_area"),
  SURVEY_COMMENT("survey_comment");

  private final String key;

  NoticeNodes(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
