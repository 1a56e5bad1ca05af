package jp.junction.bot.conversation;

/** Things that happened in conversations, for features that keep data about a person. */
public final class ConversationEvents {

  private ConversationEvents() {}

  /** The person blocked the bot: forget them everywhere, silently. */
  public record PersonUnfollowed(Person person) {}

  /** The person unsent a message: delete anything stored from it. */
  public record MessageUnsent(Person person, String messageId) {}
}
