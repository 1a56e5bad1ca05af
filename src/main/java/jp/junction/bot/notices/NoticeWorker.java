package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The delivery threads of this instance. Each loops: snapshot a due notice, send a ready batch, and
 * rest a moment when there is nothing to do. Any number of instances share the outbox.
 */
@Component
class NoticeWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NoticeWorker.class);

  private final NoticeSnapshot snapshot;
  private final NoticeSender sender;
  private final NoticesSettings settings;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  NoticeWorker(NoticeSnapshot snapshot, NoticeSender sender, NoticesSettings settings) {
    this.snapshot = snapshot;
    this.sender = sender;
    this.settings = settings;
  }

  @Override
  public synchronized void start() {
    if (running || !settings.workerEnabled()) {
      return;
    }
    if (!sender.canSend()) {
      log.warn("No LINE gateway: notices are queued but not delivered by this instance");
      return;
    }
    running = true;
    for (int i = 0; i < settings.workers(); i++) {
      Thread t = new Thread(this::loop, "notices-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    log.info("Notice delivery started with {} workers", settings.workers());
  }

  @Override
  public synchronized void stop() {
    running = false;
    threads.forEach(Thread::interrupt);
    for (Thread t : threads) {
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** The longest a failing worker rests before trying Redis again. */
  static final java.time.Duration MAX_REST = java.time.Duration.ofSeconds(10);

  private void loop() {
    int failures = 0;
    while (running) {
      try {
        boolean worked = snapshot.takeOne() | sender.sendOne();
        if (failures > 0) {
          log.info("Notice delivery resumed after {} failed attempts", failures);
          failures = 0;
        }
        if (!worked) {
          Thread.sleep(settings.poll().toMillis());
        }
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // Redis down or a bad entry: the lease brings the work back; rest longer each time (up
        // to MAX_REST) and say so once, not at every poll.
        failures++;
        if (failures == 1) {
          log.warn("Notice delivery step failed: {} (retrying quietly)", e.toString());
        } else {
          log.debug("Notice delivery step failed again ({}): {}", failures, e.toString());
        }
        try {
          Thread.sleep(rest(failures));
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  private long rest(int failures) {
    long poll = Math.max(1, settings.poll().toMillis());
    return Math.min(MAX_REST.toMillis(), poll << Math.min(failures - 1, 16));
  }
}
