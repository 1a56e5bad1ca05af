package jp.junction.bot.safety;

import jp.junction.bot.conversation.ListKey;

/** The meaning classes of a crisis message, each a pattern list in {@code dialogs/crisis.yml}. */
enum CrisisMeaning implements ListKey {
  /** Wanting to die or to be gone, said actively or passively (生きてる意味ない). */
  WISH("crisis_wish", false),
  SELF_HARM("crisis_self_harm", false),
  OVERDOSE("crisis_overdose", false),
  /** Methods and places (首を吊, 屋上にいる). */
  METHOD("crisis_method", false),
  /** Plans and farewells (遺書, 今夜死にます, 今までありがとう…さようなら). */
  PLAN("crisis_plan", false),
  /** Any of the above in English, matched against the Latin words only. */
  ENGLISH("crisis_english", true);

  private final String key;
  private final boolean latin;

  CrisisMeaning(String key, boolean latin) {
    this.key = key;
    this.latin = latin;
  }

  @Override
  public String key() {
    return key;
  }

  /** Whether the patterns read the Latin words rather than the folded text. */
  boolean latin() {
    return latin;
  }
}
