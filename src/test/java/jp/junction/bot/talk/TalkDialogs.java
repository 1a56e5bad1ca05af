package jp.junction.bot.talk;

import java.nio.file.Path;
import java.time.Duration;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;

/** The real {@code dialogs/}, loaded once as the bot loads them. */
final class TalkDialogs {

  static final DialogContent CONTENT =
      new DialogContent(
          new ConversationSettings(
              Path.of("dialogs"), Duration.ofMinutes(30), "search", "search.location"));
  static final TalkReader READER = new TalkReader(CONTENT);

  private TalkDialogs() {}
}
