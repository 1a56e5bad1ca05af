package jp.junction.bot.guide;

import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * {@code search.more}: a typed 「もっと見る」「次」「ほかには？」 shows the next page of the last answer of the
 * conversation, as the chip does; when there is no next page, or nothing was asked yet, it says so
 * kindly instead of searching for the words themselves.
 */
@Component
class MoreAction implements DialogAction {

  private final SearchAnswers answers;
  private final DialogContent words;

  MoreAction(SearchAnswers answers, DialogContent words) {
    this.answers = answers;
    this.words = words;
  }

  @Override
  public String name() {
    return "search.more";
  }

  @Override
  public ActionResult run(ActionContext context) {
    SearchMemory memory = new SearchMemory(context.state());
    Optional<SearchMemory.Last> last = memory.last();
    if (last.isEmpty() || last.get().next() < 0) {
      String menu = words.text(GuideTexts.REFINE_MENU);
      return ActionResult.say(
          new OutgoingMessage.Text(
              words.text(last.isEmpty() ? GuideTexts.MORE_NOTHING : GuideTexts.MORE_END).strip(),
              List.of(new OutgoingMessage.Action.Message(menu, menu))));
    }
    Question page = last.get().question().page(last.get().next());
    AnswerCache.Answer answer = answers.reply(page, null);
    memory.rememberLast(page, answer.next());
    return ActionResult.say(answer.messages());
  }
}
