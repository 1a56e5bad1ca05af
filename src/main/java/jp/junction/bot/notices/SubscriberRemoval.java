package jp.junction.bot.notices;

import java.time.Duration;
import java.util.Optional;
import jp.junction.bot.conversation.ConversationEvents;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Forgets a person's subscriptions when they block the bot or ask to erase their data. Batches
 * already snapshotted check again at send time, so they are not reached either.
 */
@Component
class SubscriberRemoval implements PersonalData {

  private static final Logger log = LoggerFactory.getLogger(SubscriberRemoval.class);

  private final Subscriptions subscriptions;

  SubscriberRemoval(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @EventListener
  void onUnfollow(ConversationEvents.PersonUnfollowed unfollowed) {
    try {
      subscriptions.stopAll(unfollowed.person().lineUserId());
    } catch (DataAccessException | IllegalStateException e) {
      // Redis is down: they stay listed until erased, but LINE delivers nothing to a blocked bot.
      log.warn(
          "Subscriptions of {} not removed on unfollow: {}",
          unfollowed.person(),
          e.getClass().getSimpleName());
    }
  }

  @Override
  public TextKey textKey() {
    return NoticeTexts.DATA_NAME;
  }

  /** A subscription ends by itself this long after the person last chose or changed it. */
  @Override
  public Optional<Duration> keptFor() {
    return Optional.of(subscriptions.kept());
  }

  @Override
  public boolean erase(Person person) {
    return subscriptions.stopAll(person.lineUserId());
  }
}
