package jp.junction.bot.safety;

import jp.junction.bot.conversation.ListKey;

/** The {@code dialogs/crisis.yml} lists safety reads besides the meaning classes. */
enum SafetyLists implements ListKey {
  /** Cut out before matching: the search answers these (自殺予防の研修, 自死遺族の会). */
  NOT("crisis_not"),
  /** A crisis said about someone else (息子が…と言っている): the answer for a family member. */
  SOMEONE_ELSE("crisis_someone_else"),
  /** Emoji rewritten before symbols are dropped, as {@code from => to}. */
  SYMBOLS("crisis_symbols"),
  /** Net spellings rewritten after folding, as {@code from => to}. */
  SPELLINGS("crisis_spellings"),
  /** Word classes of the meaning frames, as {@code name: word, word} (crisis-meaning.yml). */
  WORDS("crisis_words"),
  /** Meaning frames, as {@code MEANING: term + term within N} (crisis-meaning.yml). */
  FRAMES("crisis_frames"),
  /**
   * A message that asks for a place or a service (ありますか, 教えて, 探して): when only the crisis model
   * suspects it, the search answers with the lines beside, not the crisis answer alone.
   */
  MODEL_ASKS("crisis_model_asks"),
  /** Everyday sentences no pattern may match; checked at startup. */
  NEVER("crisis_never");

  private final String key;

  SafetyLists(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
