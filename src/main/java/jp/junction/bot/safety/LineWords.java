package jp.junction.bot.safety;

import jp.junction.bot.conversation.ListKey;
import jp.junction.bot.conversation.TextKey;

/** The lists of lines in {@code dialogs/crisis.yml} and the words one line is said with. */
final class LineWords {

  private LineWords() {}

  /** The lines by how they are reached; each names the placeholder it fills. */
  enum Lists implements ListKey {
    PHONE("crisis_lines_phone", "{lines.phone}"),
    CHAT("crisis_lines_chat", "{lines.chat}");

    private final String key;
    private final String placeholder;

    Lists(String key, String placeholder) {
      this.key = key;
      this.placeholder = placeholder;
    }

    @Override
    public String key() {
      return key;
    }

    String placeholder() {
      return placeholder;
    }
  }

  /** One line, open around the clock, open now, closed (with when it opens) or without hours. */
  enum Texts implements TextKey {
    ALWAYS("crisis.line.always"),
    OPEN("crisis.line.open"),
    CLOSED("crisis.line.closed"),
    PLAIN("crisis.line.plain");

    private final String key;

    Texts(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }
}
