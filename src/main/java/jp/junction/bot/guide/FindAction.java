package jp.junction.bot.guide;

import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.Inbound;
import org.springframework.stereotype.Component;

/**
 * {@code search}: answers a typed question (with the dialog's {@code hint} words when the bot had
 * asked "where?"), or a tapped page or refinement carrying its question in the postback.
 */
@Component
class FindAction implements DialogAction {

  private final SearchAnswers answers;

  FindAction(SearchAnswers answers) {
    this.answers = answers;
  }

  @Override
  public String name() {
    return SearchAnswers.ACTION;
  }

  @Override
  public ActionResult run(ActionContext context) {
    Question question = Question.fromArgs(context.args(), context.text());
    if (question.text().isEmpty() && question.latitude() == null) {
      return ActionResult.nothing();
    }
    return ActionResult.say(
        answers.answer(question, context.inbound() instanceof Inbound.Text typed ? typed : null));
  }
}
