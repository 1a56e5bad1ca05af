package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.EventWords;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * A notice as LINE shows it, in the words of {@code dialogs/notices.yml}: one text message about an
 * event, or the day-after question with its five answers as quick replies. A notice never goes over
 * LINE's {@link LineLimits#TEXT} characters by being cut at the end: what follows the event's
 * description in the template (how to stop notices) is always kept whole, and a description too
 * long for the rest is shortened with the {@code notices.clipped} mark. Staff are refused a notice
 * that would need this ({@link #overflow}), so it happens only to an event edited after scheduling.
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
      return LineLimits.clip(
          content.text(
              NoticeTexts.SURVEY_QUESTION, Map.of("title", e.title(), "when", words.when(e))),
          LineLimits.TEXT);
    }
    String[] around = around(e);
    int room = LineLimits.TEXT - around[0].length() - around[1].length();
    String description = e.description();
    if (description.length() > room) {
      String mark = content.text(NoticeTexts.CLIPPED);
      int keep = Math.max(0, room - mark.length());
      if (keep == 0) {
        // Even the title and place do not leave room: shorten them, never the stop line.
        return LineLimits.clip(around[0], LineLimits.TEXT - around[1].length() - mark.length())
            + mark
            + around[1];
      }
      description = LineLimits.clip(description, keep) + mark;
    }
    return around[0] + description + around[1];
  }

  /**
   * How many characters the notice about {@code e} is over LINE's limit (0 when it fits whole), so
   * staff can shorten the description before anything is sent.
   */
  int overflow(Event e, String kind) {
    if (SURVEY.equals(kind)) {
      return 0;
    }
    String[] around = around(e);
    return Math.max(
        0, around[0].length() + e.description().length() + around[1].length() - LineLimits.TEXT);
  }

  /** The notice's text before and after the event's description. */
  private String[] around(Event e) {
    String marker = "\u0000";
    String whole =
        content.text(
            NoticeTexts.MESSAGE,
            Map.of(
                "title", e.title(),
                "when", words.when(e),
                "where", words.where(e),
                "who", words.who(e),
                "join", words.howToJoin(e),
                "description", marker));
    int at = whole.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException(
          "dialogs/notices.yml: " + NoticeTexts.MESSAGE.key() + " lacks {description}");
    }
    return new String[] {whole.substring(0, at), whole.substring(at + marker.length())};
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
