package jp.junction.bot.notices;

import java.util.Set;
import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.vocabulary.Audience;

/** The {@code dialogs/notices.yml} texts of subscriptions, notices and the day-after question. */
enum NoticeTexts implements TextKey {
  ADDED("notices.added"),
  ASK_AREA("notices.ask_area"),
  ASK_TOWN("notices.ask_town"),
  ASK_WHO("notices.ask_who"),
  BACK("notices.back"),
  CLIPPED("notices.clipped"),
  CURRENT("notices.current"),
  DATA_NAME("notices.data_name"),
  HOUR("notices.hour"),
  HOUR_MINUTE("notices.hour_minute"),
  MESSAGE("notices.message"),
  MORE("notices.more"),
  NEXT("notices.next"),
  NONE("notices.none"),
  NOT_UNDERSTOOD("notices.not_understood"),
  ONLINE("notices.online"),
  SAVED("notices.saved"),
  SEPARATOR("notices.separator"),
  START_LABEL("notices.start_label"),
  STOP_ALL("notices.stop_all"),
  STOP_LABEL("notices.stop_label"),
  STOPPED("notices.stopped"),
  STOPPED_ALL("notices.stopped_all"),
  TYPE_LABEL("notices.type_label"),
  TYPE_TOWN("notices.type_town"),
  UNAVAILABLE("notices.unavailable"),
  WHO_ALL("notices.who.all"),
  WHO_FAMILY("notices.who.family"),
  WHO_SELF("notices.who.self"),
  WHO_SUPPORTER("notices.who.supporter"),
  WHOLE("notices.whole"),
  SURVEY_ALREADY("survey.already"),
  SURVEY_CHOICE_1("survey.choice.1"),
  SURVEY_CHOICE_2("survey.choice.2"),
  SURVEY_CHOICE_3("survey.choice.3"),
  SURVEY_CHOICE_4("survey.choice.4"),
  SURVEY_CHOICE_5("survey.choice.5"),
  SURVEY_CLOSED("survey.closed"),
  SURVEY_COMMENT_LABEL("survey.comment_label"),
  SURVEY_COMMENT_THANKS("survey.comment_thanks"),
  SURVEY_DATA_NAME("survey.data_name"),
  SURVEY_QUESTION("survey.question"),
  SURVEY_THANKS("survey.thanks");

  private final String key;

  NoticeTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** For whom notices are: one audience by name, several as everyone. */
  static NoticeTexts who(Set<Audience> audience) {
    if (audience.size() != 1) {
      return WHO_ALL;
    }
    return switch (audience.iterator().next()) {
      case SELF -> WHO_SELF;
      case FAMILY -> WHO_FAMILY;
      case SUPPORTER -> WHO_SUPPORTER;
    };
  }

  /** The label of the day-after question's answer {@code value} (1 to 5). */
  static NoticeTexts surveyChoice(int value) {
    return switch (value) {
      case 1 -> SURVEY_CHOICE_1;
      case 2 -> SURVEY_CHOICE_2;
      case 3 -> SURVEY_CHOICE_3;
      case 4 -> SURVEY_CHOICE_4;
      case 5 -> SURVEY_CHOICE_5;
      default -> throw new IllegalArgumentException("no survey answer " + value);
    };
  }
}
