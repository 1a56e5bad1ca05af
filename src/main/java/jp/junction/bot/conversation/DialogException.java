package jp.junction.bot.conversation;

/** Dialog content is missing or broken; the message names the file and key. */
public class DialogException extends RuntimeException {

  public DialogException(String message) {
    super(message);
  }
}
