package jp.junction.bot.conversation;

/**
 * Something a person did in the chat, in our own terms (the webhook translates LINE events into
 * these). Only one-to-one chats reach the conversation.
 */
public sealed interface Inbound {

  Person person();

  /** A typed message. */
  record Text(Person person, String text, String messageId) implements Inbound {}

  /** A tap on a quick reply or button that carries postback data. */
  record Postback(Person person, String data) implements Inbound {}

  /** A shared location. */
  record Location(Person person, double latitude, double longitude, String title, String messageId)
      implements Inbound {}

  /** The person added the bot as a friend (or unblocked it). */
  record Follow(Person person) implements Inbound {}

  /** The person blocked the bot: nothing can be sent to them any more. */
  record Unfollow(Person person) implements Inbound {}

  /** The person unsent a message they had sent. */
  record Unsend(Person person, String messageId) implements Inbound {}

  /** A message of a type the bot does not read (sticker, image, ...). */
  record Other(Person person) implements Inbound {}
}
