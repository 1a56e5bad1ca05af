package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.EventWords;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * A notice as LINE shows it, in the words of {@code dialogs/notices.yml}: one text message about an
 * event, or the day-after question with its five answers as quick replies.
 */
@Component
class NoticeText {

  static final String SURVEY = "survey";
  static final int ANSWERS = 5;
  private final DialogContent content;
  private final EventWords words;

  NoticeText(DialogContent content, EventWords words) {
    content.require(NoticeTexts.values());
    this.content = content;
    this.words = words;
  }

  /** The text of a notice of {@code kind} (empty for an event notice) about {@code e}. */
  String render(Event e, String kind) {
    if (SURVEY.equals(kind)) {
      return content.text(
          NoticeTexts.SURVEY_QUESTION, Map.of("title", e.title(), "when", words.when(e)));
    }
    return content.text(
        NoticeTexts.MESSAGE,
        Map.of(
            "title", e.title(),
            "when", words.when(e),
            "where", words.where(e),
            "who", words.who(e),
            "join", words.howToJoin(e),
            "description", e.description()));
  }

  /** What is multicast for a notice (its stored text, and for a survey the answer taps). */
  OutgoingMessage message(String kind, String eventId, String text) {
    if (!SURVEY.equals(kind)) {
      return new OutgoingMessage.Text(text);
    }
    List<OutgoingMessage.Action> answers = new ArrayList<>();
    for (int v = 1; v <= ANSWERS; v++) {
      String label = content.text(NoticeTexts.surveyChoice(v));
      answers.add(
          content.postback(
              label, "survey.answer", Map.of("e", eventId, "v", String.valueOf(v)), label));
    }
    return new OutgoingMessage.Text(text, answers);
  }
}
