package jp.junction.bot.notices;

import jp.junction.bot.conversation.ConversationEvents;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets a person's subscriptions when they block the bot or ask to erase their data. Batches
 * already snapshotted check again at send time, so they are not reached either.
 */
@Component
class SubscriberRemoval implements PersonalData {

  private final Subscriptions subscriptions;

  SubscriberRemoval(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @EventListener
  void onUnfollow(ConversationEvents.PersonUnfollowed unfollowed) {
    subscriptions.stopAll(unfollowed.person().lineUserId());
  }

  @Override
  public String textKey() {
    return "notices.data_name";
  }

  @Override
  public boolean erase(Person person) {
    return subscriptions.stopAll(person.lineUserId());
  }
}
