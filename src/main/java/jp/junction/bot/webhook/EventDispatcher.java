package jp.junction.bot.webhook;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.linecorp.bot.webhook.model.Event;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Processes acknowledged webhooks on a bounded pool. The events of one webhook are handled in order
 * by one worker. A full queue refuses the webhook (the caller answers 503 and LINE redelivers)
 * instead of dropping events silently.
 */
@Component
class EventDispatcher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

  private final EventHandler handler;
  private final ThreadPoolExecutor pool;
  private final long waitMillis;

  EventDispatcher(EventHandler handler, WebhookSettings settings) {
    this.handler = handler;
    this.waitMillis = settings.enqueueWait().toMillis();
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            settings.workers(),
            settings.workers(),
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(settings.queueCapacity()),
            r -> {
              Thread t = new Thread(r, "webhook-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // Every worker runs from the start and takes its work from the queue, so handing off is a
    // plain offer: at saturation, when the queue is full, no exception is made per request.
    this.pool.prestartAllCoreThreads();
  }

  /** Queues the events; false when there is no room even after a short wait. */
  boolean submit(List<Event> events) {
    Runnable task = () -> events.forEach(handler::handleSafely);
    if (pool.isShutdown()) {
      return false;
    }
    try {
      if (pool.getQueue().offer(task) || pool.getQueue().offer(task, waitMillis, MILLISECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.warn("Webhook queue full ({} waiting): asking LINE to redeliver", queued());
    return false;
  }

  /** Webhooks waiting for a worker. */
  int queued() {
    return pool.getQueue().size();
  }

  @Override
  public void destroy() throws InterruptedException {
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }
}
