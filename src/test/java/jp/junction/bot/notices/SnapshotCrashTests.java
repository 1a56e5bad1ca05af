package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.Events;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A worker killed at any write of a notice snapshot leaves no key about people without a TTL: the
 * recipient sets and batch lists expire from the moment they exist.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {"junction.notices.worker-enabled=false", "junction.notices.batch-size=10"})
class SnapshotCrashTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final String NOTICES = PREFIX + "notices:";

  /**
   * Keys that may live without a TTL: they hold no id (sets of pseudonyms are reached by erase).
   */
  static final List<String> LASTING =
      List.of(
          "{outbox}:n:",
          "{outbox}:due",
          "{outbox}:ready",
          "{outbox}:ev:",
          "{outbox}:bm:",
          "{subs}:index",
          "{subs}:a:",
          "{subs}:p:",
          "{subs}:w:");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @Autowired Notices notices;
  @Autowired Subscriptions subscriptions;
  @Autowired StringRedisTemplate redis;
  @Autowired RedisConnectionFactory factory;
  @Autowired Events events;
  @Autowired Areas areas;
  @Autowired NoticeText text;
  @Autowired ObjectMapper json;
  @Autowired Clock clock;
  @Autowired NoticesSettings settings;
  @Autowired NoticeRetention retention;

  @AfterEach
  void forget() {
    FeatureTestSupport.deleteKeys(redis, PREFIX);
  }

  @Test
  void aSnapshotKilledAtAnyWriteLeavesNoLastingKeyAboutPeople() {
    List<String> users = IntStream.range(0, 25).mapToObj(i -> "Ucrash-" + i).toList();
    users.forEach(
        u -> subscriptions.subscribe(u, List.of("香川県/高松市"), EnumSet.allOf(Audience.class)));

    List<Integer> crashedAt = new ArrayList<>();
    for (int writes = 1; writes <= 12; writes++) {
      notices.schedule(
          "e1",
          new NoticeRequest(List.of(new Areas.Area("香川県", "高松市")), false, Set.of(), null, true));
      NoticeSnapshot doomed = snapshot(CrashingRedis.after(factory, writes));
      try {
        doomed.takeOne();
      } catch (DataAccessException e) {
        crashedAt.add(writes);
      }
      assertThat(lastingKeys()).as("killed after %d writes", writes).isEmpty();
    }
    assertThat(crashedAt).as("the crash hit every step of a snapshot").hasSizeGreaterThan(6);
    assertThatThrownBy(() -> snapshot(CrashingRedis.after(factory, 0)).takeOne())
        .isInstanceOf(DataAccessException.class);
  }

  private NoticeSnapshot snapshot(StringRedisTemplate dying) {
    return new NoticeSnapshot(
        new NoticeOutbox(dying, new NoticeHash(json), settings),
        new SubscriberSets(dying, subscriptions, areas),
        events,
        text,
        clock,
        settings,
        retention);
  }

  /** Keys without a TTL, other than the lasting kinds, and what they are (to show a failure). */
  private TreeMap<String, String> lastingKeys() {
    TreeMap<String, String> out = new TreeMap<>();
    try (Cursor<String> keys =
        redis.scan(ScanOptions.scanOptions().match(NOTICES + "*").count(1000).build())) {
      keys.forEachRemaining(
          key -> {
            String rest = key.substring(NOTICES.length());
            boolean lasting = LASTING.stream().anyMatch(rest::startsWith);
            Long ttl = redis.getExpire(key);
            if (!lasting && ttl != null && ttl < 0) {
              out.put(key, redis.type(key).code());
            }
          });
    }
    return out;
  }
}
