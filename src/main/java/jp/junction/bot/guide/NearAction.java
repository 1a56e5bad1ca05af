package jp.junction.bot.guide;

import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.search.ResourceSearch;
import org.springframework.stereotype.Component;

/**
 * {@code search.location}: a shared location finds places nearby, closest first, with the words of
 * the question the bot had just asked (such as 家族会) when there was one, else those of the last
 * question when it named no place. The location becomes the conversation's "here".
 */
@Component
class NearAction implements DialogAction {

  private final SearchAnswers answers;
  private final ResourceSearch search;

  NearAction(SearchAnswers answers, ResourceSearch search) {
    this.answers = answers;
    this.search = search;
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
    SearchMemory memory = new SearchMemory(context.state());
    String words = context.args().getOrDefault("hint", context.args().get("q"));
    if (words == null) {
      words =
          memory
              .last()
              .map(l -> l.question().text())
              .filter(t -> !SearchMemory.namesPlace(search.places(t)))
              .orElse("");
    }
    memory.rememberHere(location.latitude(), location.longitude());
    Question question = new Question(words, location.latitude(), location.longitude(), 0);
    AnswerCache.Answer answer = answers.reply(question, null);
    memory.rememberLast(question, answer.next());
    return ActionResult.say(answer.messages());
  }
}
