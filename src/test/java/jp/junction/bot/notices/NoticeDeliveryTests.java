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
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.Events;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.testing.LineStandIn;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Notices through the real outbox and workers, with WireMock as LINE and a real Redis. */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.notices.workers=2",
      "junction.notices.poll=20ms",
      "junction.notices.backoff=50ms",
      "junction.notices.lease=3s"
    })
@Tag(TestRedis.CLUSTER_TAG)
class NoticeDeliveryTests {

  @RegisterExtension static final TestRedis redis = new TestRedis();
  static final LineStandIn line = new LineStandIn();
  static final Areas.Area TAKAMATSU = new Areas.Area("香川県", "高松市");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, redis, FeatureTestSupport.dataDir(EventsFixture.CSV));
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  @Autowired Notices notices;
  @Autowired Events events;
  @Autowired Subscriptions subscriptions;
  @Autowired NoticeWorker worker;
  @Autowired NoticeSnapshot snapshot;
  @Autowired SendPace pace;
  @Autowired ConversationEngine engine;

  @BeforeEach
  void acceptEverything() {
    line.accept();
    worker.start();
  }

  @AfterAll
  static void stopLine() {
    line.stop();
  }

  @Test
  void subscribersOfAnAreaGetExactlyOneMulticastPerFiveHundredEachReachedOnce() {
    List<String> users = subscribe("U1234-", 1234, "香川県/高松市");

    NoticeStatus scheduled = notices.schedule("e1", request(TAKAMATSU));
    NoticeStatus done = awaitDone(scheduled.id());

    List<LineStandIn.Multicast> sent = line.received();
    assertThat(sent).hasSize(3);
    assertThat(sent).extracting(LineStandIn.Multicast::retryKey).doesNotHaveDuplicates();
    assertThat(sent.stream().flatMap(m -> m.to().stream()).toList())
        .hasSize(1234)
        .containsExactlyInAnyOrderElementsOf(users);
    assertThat(sent).allMatch(m -> m.to().size() <= 500);
    assertThat(sent.get(0).text())
        .startsWith("【お知らせ】たかまつラウンジ 12月")
        .contains("12月12日(土) 13:30〜15:30")
        .contains("お知らせ停止");
    assertThat(done.recipients()).isEqualTo(1234);
    assertThat(done.delivered()).isEqualTo(1234);
    assertThat(done.failed()).isZero();
  }

  @Test
  void aServerErrorIsRetriedWithTheSameRetryKey() {
    line.answerOnceThenAccept(500);
    subscribe("U500-", 10, "香川県/高松市");

    NoticeStatus done = awaitDone(notices.schedule("e1", request(TAKAMATSU)).id());

    List<LineStandIn.Multicast> sent = line.received();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).retryKey()).isEqualTo(sent.get(0).retryKey());
    assertThat(sent.get(1).to()).containsExactlyInAnyOrderElementsOf(sent.get(0).to());
    assertThat(done.delivered()).isEqualTo(10);
  }

  @Test
  void tooManyRequestsSlowsDownAndRetriesWithTheSameKey() {
    line.answerOnceThenAccept(429);
    subscribe("U429-", 10, "香川県/高松市");

    NoticeStatus done = awaitDone(notices.schedule("e1", request(TAKAMATSU)).id());

    List<LineStandIn.Multicast> sent = line.received();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).retryKey()).isEqualTo(sent.get(0).retryKey());
    assertThat(done.delivered()).isEqualTo(10);
    assertThat(pace.allowedPerSecond()).isLessThan(200);
  }

  @Test
  void aClientErrorIsRecordedAsFailedAndNotRetried() {
    line.answerOnceThenAccept(400);
    subscribe("U400-", 10, "香川県/高松市");

    NoticeStatus done = awaitDone(notices.schedule("e1", request(TAKAMATSU)).id());

    assertThat(line.received()).hasSize(1);
    assertThat(done.failed()).isEqualTo(10);
    assertThat(done.delivered()).isZero();
  }

  @Test
  void unfollowAndStoppingInChatTakeEffectBeforeTheNextNotice() {
    Person stays = new Person("U-stays", "p-stays");
    Person stops = new Person("U-stops", "p-stops");
    Person leaves = new Person("U-leaves", "p-leaves");
    for (Person p : List.of(stays, stops, leaves)) {
      subscribeInChat(p);
    }
    tap(stops, "お知らせ停止");
    postback(stops, "a=notices.stop&k=*");
    engine.handle(new Inbound.Unfollow(leaves));

    awaitDone(notices.schedule("e1", request(TAKAMATSU)).id());

    assertThat(line.received())
        .flatExtracting(LineStandIn.Multicast::to)
        .containsExactly("U-stays");
  }

  @Test
  void peopleWhoStopAfterTheSnapshotButBeforeTheirBatchAreSkipped() throws Exception {
    worker.stop();
    subscribe("Ulate-", 5, "香川県/高松市");
    String id = notices.schedule("e1", request(TAKAMATSU)).id();
    assertThat(snapshot.takeOne()).isTrue();
    subscriptions.stopAll("Ulate-0");
    worker.start();

    NoticeStatus done = awaitDone(id);

    assertThat(line.received())
        .flatExtracting(LineStandIn.Multicast::to)
        .hasSize(4)
        .doesNotContain("Ulate-0");
    assertThat(done.skipped()).isEqualTo(1);
    assertThat(done.delivered()).isEqualTo(4);
  }

  @Test
  void cancellingTheEventWithdrawsNoticesNotYetSent() throws Exception {
    worker.stop();
    subscribe("Ucancel-", 700, "香川県/高松市");
    String sending = notices.schedule("e1", request(TAKAMATSU)).id();
    assertThat(snapshot.takeOne()).isTrue();
    String later =
        notices
            .schedule(
                "e1",
                new NoticeRequest(
                    List.of(TAKAMATSU),
                    false,
                    Set.of(),
                    EventsFixture.NOW
                        .instant()
                        .plus(Duration.ofDays(3))
                        .atOffset(java.time.ZoneOffset.UTC),
                    false))
            .id();

    events.cancel("e1");
    worker.start();

    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(3))
        .until(() -> line.received().isEmpty());
    assertThat(notices.status(sending).orElseThrow())
        .returns(NoticeState.CANCELLED, NoticeStatus::status)
        .returns(700L, NoticeStatus::withdrawn);
    assertThat(notices.status(later).orElseThrow().status()).isEqualTo(NoticeState.CANCELLED);
  }

  @Test
  void neighboursAndWholePrefectureSubscribersAreReachedWhenAsked() {
    subscribe("Utown-", 1, "香川県/高松市");
    subscribe("Uwhole-", 1, "香川県/");
    subscribe("Unear-", 1, "香川県/坂出市");
    subscribe("Ufar-", 1, "群馬県/前橋市");
    subscribe("Uonline-", 1, Subscriptions.ONLINE);

    awaitDone(
        notices
            .schedule("e1", new NoticeRequest(List.of(TAKAMATSU), true, Set.of(), null, false))
            .id());

    assertThat(line.received())
        .flatExtracting(LineStandIn.Multicast::to)
        .containsExactlyInAnyOrder("Utown-0", "Uwhole-0", "Unear-0");
  }

  @Test
  void aNoticeForEveryoneReachesSubscribersOfAnyOneAudience() {
    subscriptions.subscribe("Uonlyfamily", List.of("香川県/高松市"), Set.of(Audience.FAMILY));
    subscriptions.subscribe("Uonlysupporter", List.of("香川県/高松市"), Set.of(Audience.SUPPORTER));

    awaitDone(notices.schedule("e1", request(TAKAMATSU)).id());

    assertThat(line.received())
        .flatExtracting(LineStandIn.Multicast::to)
        .containsExactlyInAnyOrder("Uonlyfamily", "Uonlysupporter");
  }

  @Test
  void staffCanCountWhoANoticeWouldReachBeforeSending() {
    subscribe("Ucount-", 3, "香川県/高松市");
    subscribe("Ucountnear-", 1, "香川県/坂出市");
    subscriptions.subscribe("Ucountfamily", List.of("香川県/高松市"), Set.of(Audience.FAMILY));

    assertThat(notices.estimate(request(TAKAMATSU))).isEqualTo(4);
    assertThat(notices.estimate(new NoticeRequest(List.of(TAKAMATSU), true, Set.of(), null, false)))
        .isEqualTo(5);
    assertThat(
            notices.estimate(
                new NoticeRequest(List.of(TAKAMATSU), false, Set.of(Audience.SELF), null, false)))
        .isEqualTo(3);
    assertThat(line.received()).isEmpty();
  }

  @Test
  void theAudienceLimitsWhoIsReached() {
    subscriptions.subscribe("Ufamily", List.of("香川県/高松市"), Set.of(Audience.FAMILY));
    subscriptions.subscribe("Uself", List.of("香川県/高松市"), Set.of(Audience.SELF));

    awaitDone(
        notices
            .schedule(
                "e1",
                new NoticeRequest(List.of(TAKAMATSU), false, Set.of(Audience.FAMILY), null, false))
            .id());

    assertThat(line.received())
        .flatExtracting(LineStandIn.Multicast::to)
        .containsExactly("Ufamily");
  }

  private void subscribeInChat(Person p) {
    tap(p, "お知らせ");
    postback(p, "a=notices.pref&p=香川県");
    postback(p, "a=notices.add&k=香川県/高松市");
    postback(p, "a=notices.who");
    List<OutgoingMessage> saved = postback(p, "a=notices.save&w=all");
    assertThat(((OutgoingMessage.Text) saved.get(0)).text()).startsWith("登録しました");
  }

  private List<OutgoingMessage> tap(Person p, String text) {
    return engine.handle(new Inbound.Text(p, text, "m"));
  }

  private List<OutgoingMessage> postback(Person p, String data) {
    return engine.handle(new Inbound.Postback(p, data));
  }

  private List<String> subscribe(String prefix, int n, String areaKey) {
    List<String> users = IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    users.forEach(u -> subscriptions.subscribe(u, List.of(areaKey), EnumSet.allOf(Audience.class)));
    return users;
  }

  private static NoticeRequest request(Areas.Area area) {
    return new NoticeRequest(List.of(area), false, Set.of(), null, false);
  }

  private NoticeStatus awaitDone(String id) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Set.of(NoticeState.DONE, NoticeState.CANCELLED)
                    .contains(notices.status(id).orElseThrow().status()));
    return notices.status(id).orElseThrow();
  }
}
