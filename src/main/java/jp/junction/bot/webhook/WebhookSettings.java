package jp.junction.bot.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Webhook settings.
 *
 * @param maxBody larger bodies are refused with 413
 * @param workers threads that process events after the acknowledgement; each waits for LINE's
 *     answer to its reply, so there are more of them than cores
 * @param queueCapacity webhook requests waiting for a worker; when full, LINE gets 503 and
 *     redelivers later (nothing is dropped silently)
 * @param enqueueWait how long a request may wait for room in the queue before the 503
 * @param dedupTtl how long a webhookEventId is remembered, to answer redeliveries once
 * @param maxEventAge events that happened longer ago are not answered: LINE redelivers "for a
 *     certain period" it does not publish, and an event older than the dedup memory could be
 *     answered a second time; so this plus {@code maxClockSkew} must stay below {@code dedupTtl}
 *     (unset: {@code dedupTtl} less the skew and an hour, 22 h 55 min by default)
 * @param crisisWorkers threads that only handle webhooks with a crisis message, so that one never
 *     waits behind ordinary messages (each such thread may wait for LINE too)
 * @param crisisQueueCapacity crisis webhooks waiting for one of those threads
 * @param maxClockSkew how far in the future an event's timestamp may lie (clocks differ a little;
 *     anything beyond is not answered, since its dedup key would expire before its age does)
 */
@ConfigurationProperties("junction.webhook")
public record WebhookSettings(
    @DefaultValue("1MB") DataSize maxBody,
    @DefaultValue("32") int workers,
    @DefaultValue("2000") int queueCapacity,
    @DefaultValue("300ms") Duration enqueueWait,
    @DefaultValue("24h") Duration dedupTtl,
    Duration maxEventAge,
    @DefaultValue("5m") Duration maxClockSkew,
    @DefaultValue("4") int crisisWorkers,
    @DefaultValue("500") int crisisQueueCapacity) {

  public WebhookSettings {
    if (maxEventAge == null) {
      // Unset: as long as the dedup memory can cover, with an hour to spare (22 h 55 min of 24 h).
      Duration room = dedupTtl.minus(maxClockSkew);
      Duration spare =
          room.dividedBy(2).compareTo(Duration.ofHours(1)) < 0
              ? room.dividedBy(2)
              : Duration.ofHours(1);
      maxEventAge = room.minus(spare);
    }
    if (maxEventAge.isNegative() || maxClockSkew.isNegative()) {
      throw new IllegalArgumentException(
          "junction.webhook.max-event-age and max-clock-skew must not be negative");
    }
    if (maxEventAge.plus(maxClockSkew).compareTo(dedupTtl) >= 0) {
      throw new IllegalArgumentException(
          "junction.webhook.max-event-age ("
              + maxEventAge
              + ") plus max-clock-skew ("
              + maxClockSkew
              + ") must be shorter than dedup-ttl ("
              + dedupTtl
              + "), or a late redelivery could be answered twice");
    }
  }
}
