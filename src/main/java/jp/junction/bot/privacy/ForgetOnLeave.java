package jp.junction.bot.privacy;

import jp.junction.bot.conversation.ConversationEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Blocking the bot erases everything about the person, silently; unsending a message removes what
 * anonymous statistics kept from its text.
 */
@Component
class ForgetOnLeave {

  private final PersonalDataEraser eraser;
  private final AnonymousStats stats;

  ForgetOnLeave(PersonalDataEraser eraser, AnonymousStats stats) {
    this.eraser = eraser;
    this.stats = stats;
  }

  @EventListener
  void on(ConversationEvents.PersonUnfollowed event) {
    eraser.eraseAll(event.person());
  }

  @EventListener
  void on(ConversationEvents.MessageUnsent event) {
    stats.forgetMessage(event.messageId());
  }
}
