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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox needs no Streams consumer groups: the embedded store (no REDIS_URL) delivers too. */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {"junction.notices.poll=20ms", "junction.notices.batch-size=100"})
class NoticeEmbeddedStoreTests {

  static final LineStandIn line = new LineStandIn();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(
        registry, FeatureTestSupport.uniquePrefix(), FeatureTestSupport.dataDir(EventsFixture.CSV));
    registry.add("junction.redis.url", () -> "");
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  @Autowired Notices notices;
  @Autowired Subscriptions subscriptions;

  @AfterAll
  static void stopLine() {
    line.stop();
  }

  @Test
  void theEmbeddedStoreDeliversEveryBatchOnce() {
    line.accept();
    List<String> users = IntStream.range(0, 250).mapToObj(i -> "Uembedded-" + i).toList();
    users.forEach(u -> subscriptions.subscribe(u, List.of("香川県/"), EnumSet.allOf(Audience.class)));

    String id =
        notices
            .schedule(
                "e1",
                new NoticeRequest(List.of(new Areas.Area("香川県", "")), false, Set.of(), null, false))
            .id();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> NoticeState.DONE.equals(notices.status(id).orElseThrow().status()));
    assertThat(line.received()).hasSize(3);
    assertThat(line.received())
        .flatExtracting(LineStandIn.Multicast::to)
        .containsExactlyInAnyOrderElementsOf(users);
    assertThat(notices.status(id).orElseThrow().delivered()).isEqualTo(250);
  }
}
