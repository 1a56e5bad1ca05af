package jp.junction.bot.guide;

import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.Inbound;
import org.springframework.stereotype.Component;

/**
 * {@code search.location}: a shared location finds places nearby, closest first (with the words of
 * the question the bot had just asked, such as 家族会, when there was one).
 */
@Component
class NearAction implements DialogAction {

  private final SearchAnswers answers;

  NearAction(SearchAnswers answers) {
    this.answers = answers;
  }

  @Override
  public String name() {
    return "search.location";
  }

  @Override
  public ActionResult run(ActionContext context) {
    if (!(context.inbound() instanceof Inbound.Location location)) {
      return ActionResult.nothing();
    }
    String words = context.args().getOrDefault("hint", context.args().getOrDefault("q", ""));
    return ActionResult.say(
        answers.answer(new Question(words, location.latitude(), location.longitude(), 0)));
  }
}
