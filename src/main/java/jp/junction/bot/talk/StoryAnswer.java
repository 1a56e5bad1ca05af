package jp.junction.bot.talk;

import java.util.List;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * The answer to a long story with no request ({@code talk.story}): what it is about in a line of
 * its own (family, loneliness, work, school), how to talk to a person now, and an offer to look for
 * a place; the node's quick replies give the choice.
 */
@Component
class StoryAnswer implements DialogAction {

  static final String NAME = "talk.story";

  private final TalkReader reader;
  private final DialogContent content;

  StoryAnswer(TalkReader reader, DialogContent content) {
    this.reader = reader;
    this.content = content;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ActionResult run(ActionContext context) {
    return ActionResult.say(
        List.of(
            new OutgoingMessage.Text(content.text(reader.theme(context.text()))),
            new OutgoingMessage.Text(content.text(TalkTexts.STORY_REACH)),
            new OutgoingMessage.Text(content.text(TalkTexts.STORY_OFFER))));
  }
}
