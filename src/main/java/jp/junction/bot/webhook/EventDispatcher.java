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
 * Processes acknowledged webhooks on bounded pools. The events of one webhook are handled in order
 * by one worker. A webhook with a crisis message goes to a lane of its own, ahead of every ordinary
 * message waiting (with LINE slow and the ordinary queue full, it would otherwise outlive its reply
 * token). A full queue refuses the webhook (the caller answers 503 and LINE redelivers) instead of
 * dropping events silently.
 */
@Component
class EventDispatcher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

  private final EventHandler handler;
  private final CrisisTriage triage;
  private final ThreadPoolExecutor pool;
  private final ThreadPoolExecutor crisisPool;
  private final long waitMillis;

  EventDispatcher(EventHandler handler, CrisisTriage triage, WebhookSettings settings) {
    this.handler = handler;
    this.triage = triage;
    this.waitMillis = settings.enqueueWait().toMillis();
    this.pool = pool("webhook-", settings.workers(), settings.queueCapacity());
    this.crisisPool =
        pool("webhook-crisis-", settings.crisisWorkers(), settings.crisisQueueCapacity());
  }

  private static ThreadPoolExecutor pool(String name, int workers, int capacity) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(capacity),
            r -> {
              Thread t = new Thread(r, name + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // Every worker runs from the start and takes its work from the queue, so handing off is a
    // plain offer: at saturation, when the queue is full, no exception is made per request.
    pool.prestartAllCoreThreads();
    return pool;
  }

  /** Queues the events; false when there is no room even after a short wait. */
  boolean submit(List<Event> events) {
    Runnable task = () -> events.forEach(handler::handleSafely);
    ThreadPoolExecutor pool = triage != null && triage.urgent(events) ? crisisPool : this.pool;
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
    log.warn("Webhook queue full ({} waiting): asking LINE to redeliver", pool.getQueue().size());
    return false;
  }

  /** Webhooks waiting for a worker. */
  int queued() {
    return pool.getQueue().size();
  }

  @Override
  public void destroy() throws InterruptedException {
    crisisPool.shutdown();
    pool.shutdown();
    crisisPool.awaitTermination(5, TimeUnit.SECONDS);
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }
}
