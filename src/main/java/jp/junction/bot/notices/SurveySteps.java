package jp.junction.bot.notices;

import java.util.List;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogActions;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * The dialog actions of the day-after question: {@code survey.answer} (a tap on one of the five
 * answers) and {@code survey.comment} (the optional words after it, via node survey_comment).
 */
@Component
class SurveySteps implements DialogActions {

  static final String EVENT = "survey.event";

  private final Surveys surveys;
  private final DialogContent content;

  SurveySteps(Surveys surveys, DialogContent content) {
    this.surveys = surveys;
    this.content = content;
  }

  @Override
  public List<DialogAction> actions() {
    return List.of(
        DialogAction.of("survey.answer", this::answer),
        DialogAction.of("survey.comment", this::comment));
  }

  private ActionResult answer(ActionContext c) {
    String event = c.arg("e");
    int value;
    try {
      value = Integer.parseInt(c.arg("v"));
    } catch (NumberFormatException e) {
      return ActionResult.nothing();
    }
    if (event == null || value < 1 || value > NoticeText.ANSWERS) {
      return ActionResult.nothing();
    }
    switch (surveys.answer(c.person(), event, value)) {
      case CLOSED -> {
        return ActionResult.say(new OutgoingMessage.Text(content.text(NoticeTexts.SURVEY_CLOSED)));
      }
      case ALREADY -> {
        return ActionResult.say(new OutgoingMessage.Text(content.text(NoticeTexts.SURVEY_ALREADY)));
      }
      case COUNTED -> {}
    }
    c.state().put(EVENT, event);
    String label = content.text(NoticeTexts.SURVEY_COMMENT_LABEL);
    return ActionResult.say(
        new OutgoingMessage.Text(
            content.text(NoticeTexts.SURVEY_THANKS),
            List.of(content.gotoNode(label, NoticeNodes.SURVEY_COMMENT))));
  }

  private ActionResult comment(ActionContext c) {
    String event = c.state().get(EVENT).orElse(null);
    c.state().remove(EVENT);
    if (event == null || !surveys.comment(c.person(), event, c.text())) {
      return ActionResult.nothing();
    }
    return ActionResult.say(
        new OutgoingMessage.Text(content.text(NoticeTexts.SURVEY_COMMENT_THANKS)));
  }
}
