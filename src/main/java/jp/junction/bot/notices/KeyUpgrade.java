package jp.junction.bot.notices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the delivery threads ({@link NoticeWorker} runs in the default, last phase),
 * moves what earlier versions wrote into today's keys and TTLs: the outbox and subscriber sets to
 * their hash-tagged names, subscriptions to pseudonymous keys, survey comments scrubbed, every
 * survey key given its TTL. With Redis away it says so and start-up goes on; a later start does it.
 */
@Component
class KeyUpgrade implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(KeyUpgrade.class);

  private final OutboxLayout outbox;
  private final SubscriptionLayout subscriptions;
  private final SurveyLayout surveys;
  private volatile boolean running;

  KeyUpgrade(OutboxLayout outbox, SubscriptionLayout subscriptions, SurveyLayout surveys) {
    this.outbox = outbox;
    this.subscriptions = subscriptions;
    this.surveys = surveys;
  }

  @Override
  public void start() {
    running = true;
    try {
      if (outbox.cluster()) {
        log.info("Redis Cluster: no notice keys of the layout before the hash tags to move");
      } else {
        OutboxLayout.Result r = outbox.move();
        if (r.moved().total() + r.scratch() > 0) {
          log.info(
              "Notice keys of the earlier layout moved: {} renamed, {} merged into keys already"
                  + " there, {} unfinished snapshot sets deleted",
              r.moved().renamed(),
              r.moved().merged(),
              r.scratch());
        }
      }
      int moved = subscriptions.migrate();
      int dropped = subscriptions.prune();
      int fixed = surveys.migrate();
      if (moved + dropped + fixed > 0) {
        log.info(
            "Notice keys upgraded: {} subscriptions moved to pseudonymous keys, {} expired set"
                + " entries dropped, {} survey keys scrubbed or given their TTL",
            moved,
            dropped,
            fixed);
      }
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Notice keys not checked at start-up: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return DEFAULT_PHASE - 1;
  }
}
