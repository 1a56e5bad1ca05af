package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.testing.LineStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 「データを消して」 reaches the notices too: after a person erases their data, the reply names their
 * subscription, and a notice to their area does not reach them.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.notices.workers=1",
      "junction.notices.poll=20ms",
      "junction.notices.backoff=50ms",
      "junction.notices.lease=3s"
    })
class EraseStopsNoticesTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final LineStandIn line = new LineStandIn();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  @Autowired Notices notices;
  @Autowired NoticeWorker worker;
  @Autowired Subscriptions subscriptions;
  @Autowired ConversationEngine engine;
  @Autowired DialogContent content;
  @Autowired StringRedisTemplate redis;
  static StringRedisTemplate cleanup;

  final String id = UUID.randomUUID().toString().substring(0, 8);
  final Person stays = new Person("U-stays-" + id, "p-stays-" + id);
  final Person erases = new Person("U-erases-" + id, "p-erases-" + id);

  @BeforeEach
  void start() {
    cleanup = redis;
    line.accept();
    worker.start();
  }

  @AfterEach
  void forget() {
    FeatureTestSupport.deleteKeys(redis, PREFIX);
    redis.delete(List.of("jb:conv:" + stays.pseudonym(), "jb:conv:" + erases.pseudonym()));
  }

  @AfterAll
  static void stopLine() {
    line.stop();
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void afterErasingTheReplyNamesTheSubscriptionAndNoNoticeReachesThem() {
    subscribe(stays);
    subscribe(erases);

    engine.handle(new Inbound.Text(erases, "データを消して", "m1"));
    List<OutgoingMessage> erased = engine.handle(new Inbound.Postback(erases, "a=privacy.erase"));

    assertThat(((OutgoingMessage.Text) erased.get(0)).text())
        .contains(content.text(NoticeTexts.DATA_NAME));
    String notice =
        notices
            .schedule(
                "e1",
                new NoticeRequest(
                    List.of(new Areas.Area("香川県", "高松市")), false, Set.of(), null, false))
            .id();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Set.of(NoticeState.DONE, NoticeState.CANCELLED)
                    .contains(notices.status(notice).orElseThrow().status()));
    assertThat(line.received())
        .flatExtracting(LineStandIn.Multicast::to)
        .containsExactly(stays.lineUserId());
  }

  private void subscribe(Person p) {
    subscriptions.subscribe(p.lineUserId(), List.of("香川県/高松市"), EnumSet.allOf(Audience.class));
  }
}
