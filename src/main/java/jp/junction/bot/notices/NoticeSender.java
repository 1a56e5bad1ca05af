package jp.junction.bot.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.LineGateway.SendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends one ready batch: drops people who stopped, left or erased their data since the snapshot,
 * waits out quiet hours, keeps to the rate, multicasts under the batch's own retry key and records
 * the outcome once. 5xx and timeouts come back later with exponential backoff and jitter under the
 * same key; 429 also slows this instance down; 409 counts as delivered; 401 (the channel token
 * refused) holds the batch until the token is fixed; other 4xx fail the batch.
 */
@Component
class NoticeSender {

  private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

  private final NoticeOutbox outbox;
  private final ObjectProvider<LineGateway> line;
  private final SendPace pace;
  private final Clock clock;
  private final NoticesSettings settings;
  private final QuietHours quietHours;
  private final NoticeText text;
  private final SubscriberSets subscribers;
  private final Subscriptions subscriptions;

  NoticeSender(
      NoticeOutbox outbox,
      SubscriberSets subscribers,
      Subscriptions subscriptions,
      ObjectProvider<LineGateway> line,
      SendPace pace,
      Clock clock,
      NoticesSettings settings,
      NoticeText text) {
    this.outbox = outbox;
    this.subscribers = subscribers;
    this.subscriptions = subscriptions;
    this.line = line;
    this.text = text;
    this.pace = pace;
    this.clock = clock;
    this.settings = settings;
    this.quietHours = new QuietHours(settings);
  }

  /** Whether a LINE gateway exists (the local chat page may run without one). */
  boolean canSend() {
    return line.getIfAvailable() != null;
  }

  /** Sends one ready batch, if any; true when there was one. */
  boolean sendOne() throws InterruptedException {
    long now = clock.millis();
    Optional<NoticeOutbox.ClaimedBatch> claimed =
        outbox.claimBatch(now, now + settings.lease().toMillis());
    if (claimed.isEmpty()) {
      return false;
    }
    NoticeOutbox.ClaimedBatch b = claimed.get();
    if (b.notice() == null || b.notice().state() != NoticeState.SENDING || b.ids().isEmpty()) {
      // Cancelled, or already counted by another worker.
      outbox.dropReady(b.member());
      return true;
    }
    NoticeRecord n = b.notice();
    if (quietHours.quiet(Instant.ofEpochMilli(now))) {
      outbox.later(b, quietHours.allowed(Instant.ofEpochMilli(now)).toEpochMilli());
      return true;
    }
    // Batches hold pseudonyms; the LINE ids come from the subscriptions as they stand now.
    List<String> stillWanting = subscribers.stillWanting(n.targets(), b.ids());
    List<String> wanted =
        stillWanting.isEmpty() ? List.of() : subscriptions.deliveryIds(stillWanting);
    long skipped = b.ids().size() - wanted.size();
    if (wanted.isEmpty()) {
      outbox.ack(b, 0, 0, skipped);
      return true;
    }
    if (b.retryKey() == null) {
      // Without its key a resend could not be recognised by LINE: never send it without one.
      log.error("Notice {} batch {} has no retry key; recorded as failed", n.id(), b.index());
      outbox.ack(b, 0, wanted.size(), skipped);
      return true;
    }
    pace.acquire();
    SendResult result =
        line.getObject()
            .multicast(
                wanted,
                List.of(text.message(n.kind(), n.eventId(), n.text())),
                UUID.fromString(b.retryKey()),
                n.silent());
    switch (result.outcome()) {
      case DELIVERED -> {
        pace.recover();
        outbox.ack(b, wanted.size(), 0, skipped);
      }
      case FAILED -> {
        if (result.httpStatus() == 401) {
          hold(b);
          return true;
        }
        log.warn(
            "Notice {} batch {} refused by LINE ({}), not retried",
            n.id(),
            b.index(),
            result.httpStatus());
        outbox.ack(b, 0, wanted.size(), skipped);
      }
      case RATE_LIMITED -> {
        pace.slowDown();
        outbox.later(b, clock.millis() + jittered(1));
      }
      case RETRY -> retry(b, wanted.size(), skipped);
    }
    return true;
  }

  /**
   * LINE refused the channel token (revoked or expired): the batch is not anyone's failure, so it
   * keeps its recipients and waits, trying again every {@code max-backoff} or at once when staff
   * resume the notice after fixing the token.
   */
  private void hold(NoticeOutbox.ClaimedBatch b) {
    log.warn(
        "Notice {} batch {} held: LINE refuses the channel token (401)",
        b.notice().id(),
        b.index());
    outbox.later(b, clock.millis() + settings.maxBackoff().toMillis());
  }

  private void retry(NoticeOutbox.ClaimedBatch b, int size, long skipped) {
    long attempts = outbox.attempt(b);
    if (attempts >= settings.maxAttempts()) {
      log.warn("Notice {} batch {} failed after {} attempts", b.notice().id(), b.index(), attempts);
      outbox.ack(b, 0, size, skipped);
      return;
    }
    outbox.later(b, clock.millis() + jittered(attempts));
  }

  /** Exponential backoff with jitter: between half and all of base × 2^(attempt-1), capped. */
  long jittered(long attempt) {
    long base = settings.backoff().toMillis();
    long capped =
        Math.min(
            settings.maxBackoff().toMillis(),
            base * (1L << Math.min(20, Math.max(0, attempt - 1))));
    return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
  }
}
