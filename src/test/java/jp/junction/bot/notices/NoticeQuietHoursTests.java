package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** At 23:00 Japan time a notice waits for 08:00, unless staff send it silently. */
@Import(NoticeQuietHoursTests.LateEvening.class)
@SpringBootTest(classes = FeatureTestApp.class, properties = "junction.notices.poll=20ms")
class NoticeQuietHoursTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final LineStandIn line = new LineStandIn();
  static final Instant LATE = OffsetDateTime.parse("2026-11-26T23:00+09:00").toInstant();
  static StringRedisTemplate cleanup;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  @TestConfiguration
  static class LateEvening {
    @Bean
    @Primary
    Clock lateEvening() {
      return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), LATE));
    }
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
  void aNoticeSentAtNightWaitsForMorningButASilentOneGoesNowWithoutSound() {
    cleanup = redis;
    line.accept();
    subscriptions.subscribe("Unight", List.of("香川県/高松市"), EnumSet.allOf(Audience.class));
    List<Areas.Area> takamatsu = List.of(new Areas.Area("香川県", "高松市"));

    NoticeStatus waiting =
        notices.schedule("e1", new NoticeRequest(takamatsu, false, Set.of(), null, false));
    NoticeStatus silent =
        notices.schedule("e1", new NoticeRequest(takamatsu, false, Set.of(), null, true));

    assertThat(waiting.sendAt().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-11-27T08:00+09:00").toInstant());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> NoticeState.DONE.equals(notices.status(silent.id()).orElseThrow().status()));
    assertThat(line.received()).hasSize(1);
    assertThat(line.received().get(0).silent()).isTrue();
    assertThat(notices.status(waiting.id()).orElseThrow().status())
        .isEqualTo(NoticeState.SCHEDULED);
  }
}
