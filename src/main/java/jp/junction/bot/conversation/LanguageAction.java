package jp.junction.bot.conversation;

import org.springframework.stereotype.Component;

/**
 * The person picks how the bot speaks (「ことば / Language」, or the way back offered when a message in
 * English turned the conversation to English): the rest of this answer and the conversation after
 * it come in that language.
 */
@Component
class LanguageAction implements DialogAction {

  static final String NAME = "language";
  static final String TO = "to";

  /**
   * Kept in the conversation state once the person picks a language: a message in English no longer
   * turns the conversation to English (it lasts as the state does).
   */
  static final String CHOSEN = "lang_chosen";

  private enum Node implements NodeKey {
    DONE("language_done");

    private final String key;

    Node(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  private final DialogContent content;

  LanguageAction(DialogContent content) {
    this.content = content;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ActionResult run(ActionContext context) {
    Language language = Language.of(context.arg(TO)).orElse(Language.STANDARD);
    content.switchTo(language);
    context.state().put(CHOSEN, "1");
    return ActionResult.show(Node.DONE);
  }
}
