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
 */
@ConfigurationProperties("junction.webhook")
public record WebhookSettings(
    @DefaultValue("1MB") DataSize maxBody,
    @DefaultValue("32") int workers,
    @DefaultValue("2000") int queueCapacity,
    @DefaultValue("300ms") Duration enqueueWait,
    @DefaultValue("24h") Duration dedupTtl) {}
