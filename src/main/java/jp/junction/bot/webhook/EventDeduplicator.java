package jp.junction.bot.webhook;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.MessageEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
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
 * none).
 */
@Component
class EventDeduplicator implements Retention {

  private static final Logger log = LoggerFactory.getLogger(EventDeduplicator.class);
  static final String PREFIX = "jb:dedup:";

  private final StringRedisTemplate redis;
  private final Duration ttl;

  EventDeduplicator(StringRedisTemplate redis, WebhookSettings settings) {
    this.redis = redis;
    this.ttl = settings.dedupTtl();
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
    try {
      Boolean claimed = redis.opsForValue().setIfAbsent(PREFIX + key(event), "1", ttl);
      return !Boolean.FALSE.equals(claimed);
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Dedup unavailable ({}): handling the event anyway", e.getClass().getSimpleName());
      return true;
    }
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
