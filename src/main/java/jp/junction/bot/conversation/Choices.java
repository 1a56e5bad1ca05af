package jp.junction.bot.conversation;

import jp.junction.bot.line.OutgoingMessage;

/** Turns a dialog choice into the quick-reply action LINE will show. */
final class Choices {

  private Choices() {}

  /** The quick reply for {@code choice}, said in {@code language} (null outside a conversation). */
  static OutgoingMessage.Action toAction(DialogFile.Choice choice, Language language) {
    if (choice.gotoNode() != null || choice.action() != null) {
      return new OutgoingMessage.Action.Postback(
          choice.label(), PostbackData.in(PostbackData.encode(choice), language), choice.label());
    }
    if (choice.text() != null) {
      return new OutgoingMessage.Action.Message(choice.label(), choice.text());
    }
    if (Boolean.TRUE.equals(choice.location())) {
      return new OutgoingMessage.Action.Location(choice.label());
    }
    if (choice.url() != null) {
      return new OutgoingMessage.Action.Uri(choice.label(), choice.url());
    }
    return new OutgoingMessage.Action.Uri(choice.label(), "tel:" + choice.tel());
  }
}
