package jp.junction.bot.webhook;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.MessageEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import jp.junction.bot.privacy.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers each event once, across redeliveries and instances: the first to claim an event's key in
 * Redis (SET NX, 24 h) handles it. Events without a webhookEventId get a key from source, timestamp
 * and message id. If Redis is unreachable the event is handled (an answer twice is better than
 * none). An event whose timestamp lies outside what the dedup memory covers (older than {@code
 * max-event-age}, or further in the future than {@code max-clock-skew}) counts as seen: its key may
 * have expired already, or would expire before a redelivery.
 */
@Component
class EventDeduplicator implements Retention {

  private static final Logger log = LoggerFactory.getLogger(EventDeduplicator.class);
  static final String PREFIX = "jb:dedup:";

  private final StringRedisTemplate redis;
  private final Duration ttl;
  private final Duration maxAge;
  private final Duration maxSkew;
  private final Clock clock;

  EventDeduplicator(StringRedisTemplate redis, WebhookSettings settings) {
    this.redis = redis;
    this.ttl = settings.dedupTtl();
    this.maxAge = settings.maxEventAge();
    this.maxSkew = settings.maxClockSkew();
    // LINE's timestamps are wall-clock time, and so is the expiry of the dedup keys in Redis: the
    // window is measured on the system clock, not on the shared clock that tests move.
    this.clock = Clock.systemUTC();
  }

  @Override
  public String retentionName() {
    return "webhook.dedup";
  }

  @Override
  public Duration retention() {
    return ttl;
  }

  boolean firstTime(Event event) {
    if (!withinWindow(event)) {
      return false;
    }
    try {
      Boolean claimed = redis.opsForValue().setIfAbsent(PREFIX + key(event), "1", ttl);
      return !Boolean.FALSE.equals(claimed);
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Dedup unavailable ({}): handling the event anyway", e.getClass().getSimpleName());
      return true;
    }
  }

  /** Notes that this event's crisis answer went out, for a redelivery whose token LINE refuses. */
  void crisisAnswered(Event event) {
    try {
      redis.opsForValue().set(PREFIX + "crisis:" + key(event), "1", ttl);
    } catch (DataAccessException | IllegalStateException e) {
      log.debug("Crisis answer not noted: {}", e.getClass().getSimpleName());
    }
  }

  /** True when a delivery of this event got its crisis answer already; false when unknown. */
  boolean crisisAnsweredBefore(Event event) {
    try {
      return Boolean.TRUE.equals(redis.hasKey(PREFIX + "crisis:" + key(event)));
    } catch (DataAccessException | IllegalStateException e) {
      return false; // twice is better than never
    }
  }

  /** False for an event from further back, or further ahead, than its dedup key would cover. */
  private boolean withinWindow(Event event) {
    if (event.timestamp() == null) {
      return true; // LINE always sends one; without it there is nothing to judge by
    }
    Instant now = clock.instant();
    Instant at = Instant.ofEpochMilli(event.timestamp());
    if (at.isBefore(now.minus(maxAge)) || at.isAfter(now.plus(maxSkew))) {
      log.warn(
          "Skipped a {} from {} (outside the accepted window of {} back, {} ahead)",
          event.getClass().getSimpleName(),
          at,
          maxAge,
          maxSkew);
      return false;
    }
    return true;
  }

  static String key(Event event) {
    if (event.webhookEventId() != null && !event.webhookEventId().isBlank()) {
      return event.webhookEventId();
    }
    String source = event.source() == null ? "" : String.valueOf(event.source());
    String messageId =
        event instanceof MessageEvent m && m.message() != null ? m.message().id() : "";
    return "h:"
        + hash(
            event.getClass().getSimpleName()
                + "|"
                + source
                + "|"
                + event.timestamp()
                + "|"
                + messageId);
  }

  private static String hash(String raw) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
