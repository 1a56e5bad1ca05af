package jp.junction.bot.notices;

import java.util.Map;
import java.util.Set;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.EventWords;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/** The notice as LINE shows it: one text message in the words of {@code dialogs/notices.yml}. */
@Component
class NoticeText {

  static final Set<String> TEXTS = Set.of("notices.message");

  private final DialogContent content;
  private final EventWords words;

  NoticeText(DialogContent content, EventWords words) {
    this.content = content;
    this.words = words;
  }

  String render(Event e) {
    return content.text("notices.message", Map.of(
        "title", e.title(), "when", words.when(e), "where", words.where(e), "who", words.who(e),
        "join", words.howToJoin(e), "description", e.description()));
  }

  static OutgoingMessage message(String text) {
    return new OutgoingMessage.Text(text);
  }
}
