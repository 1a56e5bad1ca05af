package jp.junction.bot.memo;

import jp.junction.bot.conversation.TextKey;

/**
 * The {@code dialogs/memo.yml} texts: the questions, the buttons, and the note. Constants with a
 * step are the answers offered at that step; their code is what the tap carries.
 */
enum MemoTexts implements TextKey {
  ASK_WHO("memo.ask.who"),
  ASK_HELP("memo.ask.help"),
  ASK_SAY("memo.ask.say"),
  SKIP("memo.skip"),
  STOP("memo.stop"),
  NOTE("memo.note"),
  NOTE_NOTHING("memo.note.nothing"),
  LINE_WHO("memo.line.who"),
  LINE_HELP("memo.line.help"),
  LINE_SAY("memo.line.say"),

  WHO_SELF(Step.WHO, "self"),
  WHO_CHILD(Step.WHO, "child"),
  WHO_FAMILY(Step.WHO, "family"),
  WHO_PARTNER(Step.WHO, "partner"),
  WHO_FRIEND(Step.WHO, "friend"),

  HELP_HOME(Step.HELP, "home"),
  HELP_PEOPLE(Step.HELP, "people"),
  HELP_SCHOOL(Step.HELP, "school"),
  HELP_MONEY(Step.HELP, "money"),
  HELP_FAMILY(Step.HELP, "family"),
  HELP_HEALTH(Step.HELP, "health"),
  HELP_UNSURE(Step.HELP, "unsure"),

  SAY_LISTEN(Step.SAY, "listen"),
  SAY_WHERE(Step.SAY, "where"),
  SAY_SLOW(Step.SAY, "slow"),
  SAY_NONAME(Step.SAY, "noname"),
  SAY_VISIT(Step.SAY, "visit"),
  SAY_FAMILY(Step.SAY, "family");

  /** The three questions, in order; each names the argument its answer travels in. */
  enum Step {
    WHO("w"),
    HELP("h"),
    SAY("s");

    final String arg;

    Step(String arg) {
      this.arg = arg;
    }

    MemoTexts ask() {
      return this == WHO ? ASK_WHO : this == HELP ? ASK_HELP : ASK_SAY;
    }

    MemoTexts line() {
      return this == WHO ? LINE_WHO : this == HELP ? LINE_HELP : LINE_SAY;
    }
  }

  private final String key;
  final Step step;
  final String code;

  MemoTexts(String key) {
    this.key = key;
    this.step = null;
    this.code = null;
  }

  MemoTexts(Step step, String code) {
    this.key = "memo." + step.name().toLowerCase(java.util.Locale.ROOT) + "." + code;
    this.step = step;
    this.code = code;
  }

  @Override
  public String key() {
    return key;
  }
}
