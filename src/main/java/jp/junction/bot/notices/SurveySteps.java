package jp.junction.bot.notices;

import java.util.List;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dialog actions of the day-after question: {@code survey.answer} (a tap on one of the five
 * answers) and {@code survey.comment} (the optional words after it, via node survey_comment).
 */
@Configuration
class SurveySteps {

  static final String EVENT = "survey.event";

  @Bean
  DialogAction surveyAnswer(Surveys surveys, DialogContent content) {
    return new DialogAction() {
      @Override
      public String name() {
        return "survey.answer";
      }

      @Override
      public ActionResult run(ActionContext c) {
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
        if (!surveys.answer(c.person(), event, value)) {
          return ActionResult.say(
              new OutgoingMessage.Text(content.text(NoticeTexts.SURVEY_ALREADY)));
        }
        c.state().put(EVENT, event);
        String label = content.text(NoticeTexts.SURVEY_COMMENT_LABEL);
        return ActionResult.say(
            new OutgoingMessage.Text(
                content.text(NoticeTexts.SURVEY_THANKS),
                List.of(content.gotoNode(label, NoticeNodes.SURVEY_COMMENT))));
      }
    };
  }

  @Bean
  DialogAction surveyComment(Surveys surveys, DialogContent content) {
    return new DialogAction() {
      @Override
      public String name() {
        return "survey.comment";
      }

      @Override
      public ActionResult run(ActionContext c) {
        String event = c.state().get(EVENT).orElse(null);
        c.state().remove(EVENT);
        if (event == null || !surveys.comment(c.person(), event, c.text())) {
          return ActionResult.nothing();
        }
        return ActionResult.say(
            new OutgoingMessage.Text(content.text(NoticeTexts.SURVEY_COMMENT_THANKS)));
      }
    };
  }
}
