package jp.junction.bot.notices;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a due notice into batches. Recipients are taken when the notice falls due (not when staff
 * scheduled it), so a person who subscribed in between gets it; the set is computed in Redis and
 * taken 500 at a time, so memory in the bot stays flat however many subscribers there are. What a
 * snapshot writes (pseudonyms, never LINE ids) expires on its own from the moment it is written
 * ({@link NoticeRetention#delivery}), so a crash at any step leaves only expiring leftovers, and
 * the next worker starts over.
 */
@Component
class NoticeSnapshot {

  private static final Logger log = LoggerFactory.getLogger(NoticeSnapshot.class);

  private final NoticeOutbox outbox;
  private final SubscriberSets subscribers;
  private final Events events;
  private final NoticeText text;
  private final Clock clock;
  private final NoticesSettings settings;
  private final Duration leftovers;

  NoticeSnapshot(
      NoticeOutbox outbox,
      SubscriberSets subscribers,
      Events events,
      NoticeText text,
      Clock clock,
      NoticesSettings settings,
      NoticeRetention retention) {
    this.outbox = outbox;
    this.subscribers = subscribers;
    this.events = events;
    this.text = text;
    this.clock = clock;
    this.settings = settings;
    this.leftovers = retention.delivery();
  }

  /** Snapshots one due notice, if any; true when there was one. */
  boolean takeOne() {
    long now = clock.millis();
    Optional<String> claimed = outbox.claimDue(now, now + settings.lease().toMillis());
    if (claimed.isEmpty()) {
      return false;
    }
    String id = claimed.get();
    Optional<NoticeRecord> notice = outbox.read(id);
    Optional<Event> event = notice.flatMap(n -> events.find(n.eventId()));
    if (notice.isEmpty()
        || notice.get().state() != NoticeState.SCHEDULED
        || event.isEmpty()
        || event.get().cancelled()) {
      outbox.cancel(id);
      outbox.dropDue(id);
      return true;
    }
    NoticeRecord n = notice.get();
    SubscriberSets.Targets targets = subscribers.targets(n.areas(), n.neighbours(), n.audience());
    String gen = UUID.randomUUID().toString().substring(0, 8);
    String recipients = subscribers.recipients(id + ":" + gen);
    long total = subscribers.store(targets, recipients, leftovers);
    List<String> retryKeys = new ArrayList<>();
    for (List<String> ids = subscribers.take(recipients, settings.batchSize());
        !ids.isEmpty();
        ids = subscribers.take(recipients, settings.batchSize())) {
      outbox.writeBatch(id, gen, retryKeys.size(), ids, leftovers);
      retryKeys.add(UUID.randomUUID().toString());
    }
    subscribers.forget(recipients);
    boolean committed =
        outbox.commit(
            id, gen, total, text.render(event.get(), n.kind()), targets, clock.millis(), retryKeys);
    log.info(
        "Notice {} for event {}: {} recipients in {} batches{}",
        id,
        event.get().id(),
        total,
        retryKeys.size(),
        committed ? "" : " (cancelled meanwhile, not queued)");
    return true;
  }
}
