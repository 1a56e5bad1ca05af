package jp.junction.bot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.UnknownEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The hand-off after the acknowledgement: bounded, refusing (for a 503) rather than dropping. */
class EventDispatcherTests {

  @Test
  void aFullQueueRefusesTheWebhookAndEverythingAcceptedIsHandled() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Event> handled = new CopyOnWriteArrayList<>();
    EventHandler slow =
        new EventHandler(null, null, null, null, null, null) {
          @Override
          void handleSafely(Event event) {
            try {
              release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            handled.add(event);
          }
        };
    EventDispatcher dispatcher =
        new EventDispatcher(
            slow,
            new WebhookSettings(
                DataSize.ofMegabytes(1), 1, 1, Duration.ofMillis(50), Duration.ofHours(24)));
    Event first = event("first");
    Event second = event("second");
    try {
      assertThat(dispatcher.submit(List.of(first))).as("taken by the worker").isTrue();
      await().atMost(Duration.ofSeconds(5)).until(() -> dispatcher.queued() == 0);
      assertThat(dispatcher.submit(List.of(second))).as("waits in the queue").isTrue();
      assertThat(dispatcher.submit(List.of(event("third"))))
          .as("no room even after the wait: 503, LINE redelivers")
          .isFalse();
      release.countDown();
      await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 2);
      assertThat(handled).containsExactly(first, second);
    } finally {
      release.countDown();
      dispatcher.destroy();
    }
  }

  private static Event event(String id) {
    return new UnknownEvent("bench", null, 0L, null, id, null);
  }
}
