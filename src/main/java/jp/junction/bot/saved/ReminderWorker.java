package jp.junction.bot.saved;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** The reminder sender's thread in this instance; any number of instances share the schedule. */
@Component
class ReminderWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ReminderWorker.class);

  private final ReminderSender sender;
  private final ReminderSettings settings;
  private volatile Thread thread;

  ReminderWorker(ReminderSender sender, ReminderSettings settings) {
    this.sender = sender;
    this.settings = settings;
  }

  @Override
  public synchronized void start() {
    if (thread != null || !settings.enabled() || !settings.workerEnabled()) {
      return;
    }
    if (!sender.canSend()) {
      log.warn("No LINE gateway: reminders are booked but not sent by this instance");
      return;
    }
    thread = new Thread(this::loop, "reminders");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    Thread t = thread;
    thread = null;
    if (t != null) {
      t.interrupt();
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  private void loop() {
    boolean failing = false;
    while (thread == Thread.currentThread()) {
      try {
        boolean worked = sender.sendOne();
        failing = false;
        if (!worked) {
          Thread.sleep(settings.poll().toMillis());
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // Redis down or LINE unreachable: the lease brings the reminder back; say so once.
        if (!failing) {
          log.warn("Reminder step failed: {} (retrying quietly)", e.toString());
        }
        failing = true;
        try {
          Thread.sleep(Math.max(1000, settings.poll().toMillis()));
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }
}
