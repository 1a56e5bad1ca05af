package jp.junction.bot.notices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A revoked channel token (401) fails no one: the batches wait with their recipients, and once the
 * token is fixed staff resume the notice and everyone gets it, once.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.notices.poll=20ms",
      "junction.notices.batch-size=10",
      "junction.notices.max-backoff=10m"
    })
class NoticeTokenRevokedTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final LineStandIn line = new LineStandIn();
  static StringRedisTemplate cleanup;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  @Autowired Notices notices;
  @Autowired Subscriptions subscriptions;
  @Autowired StringRedisTemplate redis;

  @AfterAll
  static void stopLine() {
    line.stop();
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void batchesRefusedForTheTokenWaitAndGoOutOnceWhenStaffResume() {
    cleanup = redis;
    line.server().resetAll();
    line.server()
        .stubFor(
            post(urlEqualTo(LineStandIn.MULTICAST))
                .willReturn(
                    aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"message\":\"Authentication failed. Confirm that the access token\"}")));
    List<String> users = IntStream.range(0, 25).mapToObj(i -> "Urevoked-" + i).toList();
    users.forEach(
        u -> subscriptions.subscribe(u, List.of("香川県/高松市"), EnumSet.allOf(Audience.class)));
    String id =
        notices
            .schedule(
                "e1",
                new NoticeRequest(
                    List.of(new Areas.Area("香川県", "高松市")), false, Set.of(), null, true))
            .id();
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                line.server().findAll(postRequestedFor(urlEqualTo(LineStandIn.MULTICAST))).size()
                    >= 3);

    NoticeStatus held = notices.status(id).orElseThrow();
    assertThat(held.status()).isEqualTo(NoticeState.SENDING);
    assertThat(held.failed()).isZero();
    assertThat(held.delivered()).isZero();

    line.accept();
    assertThat(notices.resume(id)).contains(3);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> notices.status(id).orElseThrow().status() == NoticeState.DONE);

    assertThat(notices.status(id).orElseThrow().delivered()).isEqualTo(25);
    assertThat(notices.status(id).orElseThrow().failed()).isZero();
    assertThat(line.received())
        .flatExtracting(LineStandIn.Multicast::to)
        .containsExactlyInAnyOrderElementsOf(users);
    assertThat(notices.resume("nt-unknown")).isEmpty();
  }
}
