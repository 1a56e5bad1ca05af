package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.testing.LineStandIn;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Faults mid-broadcast: the worker is killed while batches are in flight and started again, and two
 * workers share one broadcast. Batches of 100 so there are many; LINE answers slowly.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.notices.workers=2",
      "junction.notices.poll=20ms",
      "junction.notices.backoff=50ms",
      "junction.notices.lease=1s",
      "junction.notices.batch-size=100"
    })
@Tag(TestRedis.CLUSTER_TAG)
class NoticeRestartTests {

  @RegisterExtension static final TestRedis redis = new TestRedis();
  static final LineStandIn line = new LineStandIn();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, redis, FeatureTestSupport.dataDir(EventsFixture.CSV));
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  @Autowired Notices notices;
  @Autowired Subscriptions subscriptions;
  @Autowired NoticeWorker worker;
  @Autowired NoticeSnapshot snapshot;
  @Autowired NoticeSender sender;
  @Autowired NoticesSettings settings;

  @AfterEach
  void forget() {
    worker.start();
  }

  @AfterAll
  static void stopLine() {
    line.stop();
  }

  @Test
  void aWorkerKilledMidBroadcastAndRestartedFinishesWithoutSendingAnyoneTwice() {
    line.acceptSlowly(150);
    List<String> users = subscribe("Ukill-", 1234);
    String id = schedule();

    await().atMost(Duration.ofSeconds(20)).until(() -> line.received().size() >= 3);
    worker.stop();
    assertThat(notices.status(id).orElseThrow().status()).isEqualTo(NoticeState.SENDING);
    worker.start();

    NoticeStatus done = awaitDone(id);
    assertEachReachedOnceByRetryKey(users, 13);
    assertThat(done.delivered()).isEqualTo(1234);
    assertThat(done.failed()).isZero();
  }

  @Test
  void twoWorkersShareOneBroadcastWithoutSendingAnyoneTwice() {
    line.acceptSlowly(50);
    List<String> users = subscribe("Utwo-", 1234);
    NoticeWorker second = new NoticeWorker(snapshot, sender, settings);
    second.start();
    try {
      NoticeStatus done = awaitDone(schedule());

      assertEachReachedOnceByRetryKey(users, 13);
      assertThat(line.received()).hasSize(13);
      assertThat(done.delivered()).isEqualTo(1234);
    } finally {
      second.stop();
    }
  }

  private void assertEachReachedOnceByRetryKey(List<String> users, int batches) {
    ReachedOnce.assertEachReachedOnceByRetryKey(line.received(), users, batches);
  }

  private String schedule() {
    return notices
        .schedule(
            "e1",
            new NoticeRequest(List.of(new Areas.Area("香川県", "高松市")), false, Set.of(), null, false))
        .id();
  }

  private List<String> subscribe(String prefix, int n) {
    List<String> users = IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    users.forEach(
        u -> subscriptions.subscribe(u, List.of("香川県/高松市"), EnumSet.allOf(Audience.class)));
    return users;
  }

  private NoticeStatus awaitDone(String id) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> NoticeState.DONE.equals(notices.status(id).orElseThrow().status()));
    return notices.status(id).orElseThrow();
  }
}
