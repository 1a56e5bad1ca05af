package jp.junction.bot.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import jp.junction.bot.conversation.Person;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The saved places' store on the test Redis (database 11, a prefix of its own): every save sets the
 * retention as the key's TTL and starts it again, saving twice keeps one, the limit refuses a save
 * and keeps what was there, and erase leaves no key.
 */
@Tag(TestRedis.CLUSTER_TAG)
class SavedPlacesTests {

  @RegisterExtension static final TestRedis redis = new TestRedis();

  static final Duration RETENTION = Duration.ofDays(90);

  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T03:00:00Z"));
  final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  final Person person = new Person("U-not-stored", "p0123456789abcdef012");

  SavedPlaces store(int limit) {
    return new SavedPlaces(
        redis.template(), new SavedSettings(RETENTION, limit, redis.prefix() + "saved:"), clock);
  }

  String key() {
    return redis.prefix() + "saved:" + person.pseudonym();
  }

  @Test
  void aSaveKeepsTheIdUnderThePseudonymWithTheRetentionAsItsTtl() {
    SavedPlaces store = store(20);

    assertThat(store.add(person, "sample-001")).isEqualTo(SavedPlaces.Saved.ADDED);

    Long ttl = redis.template().getExpire(key());
    assertThat(ttl).isBetween(RETENTION.toSeconds() - 5, RETENTION.toSeconds());
    assertThat(redis.template().opsForZSet().range(key(), 0, -1)).containsExactly("sample-001");
    assertThat(redis.template().keys(redis.prefix() + "*")).containsExactly(key());
  }

  @Test
  void savingTwiceKeepsOneAndStartsTheRetentionAgain() {
    SavedPlaces store = store(20);
    store.add(person, "sample-001");
    redis.template().expire(key(), Duration.ofDays(1));

    assertThat(store.add(person, "sample-001")).isEqualTo(SavedPlaces.Saved.ALREADY);

    assertThat(store.list(person)).containsExactly("sample-001");
    assertThat(redis.template().getExpire(key())).isGreaterThan(Duration.ofDays(89).toSeconds());
  }

  @Test
  void theListIsNewestFirstAndRemovingOneLeavesTheOthers() {
    SavedPlaces store = store(20);
    store.add(person, "sample-001");
    now.set(now.get().plusSeconds(60));
    store.add(person, "sample-002");
    now.set(now.get().plusSeconds(60));
    store.add(person, "sample-003");

    assertThat(store.list(person)).containsExactly("sample-003", "sample-002", "sample-001");
    assertThat(store.remove(person, "sample-002")).isTrue();
    assertThat(store.remove(person, "sample-002")).isFalse();
    assertThat(store.list(person)).containsExactly("sample-003", "sample-001");
  }

  @Test
  void atTheLimitASaveIsRefusedAndNothingKeptIsLost() {
    SavedPlaces store = store(2);
    store.add(person, "sample-001");
    store.add(person, "sample-002");

    assertThat(store.add(person, "sample-003")).isEqualTo(SavedPlaces.Saved.FULL);
    assertThat(store.list(person)).containsExactlyInAnyOrder("sample-001", "sample-002");
    // One already kept still counts as kept at the limit.
    assertThat(store.add(person, "sample-001")).isEqualTo(SavedPlaces.Saved.ALREADY);

    store.remove(person, "sample-001");
    assertThat(store.add(person, "sample-003")).isEqualTo(SavedPlaces.Saved.ADDED);
  }

  @Test
  void eraseRemovesTheKeyAndSaysWhetherAnythingWasThere() {
    SavedPlaces store = store(20);
    store.add(person, "sample-001");

    assertThat(store.erase(person)).isTrue();

    assertThat(redis.template().hasKey(key())).isFalse();
    assertThat(store.list(person)).isEmpty();
    assertThat(store.erase(person)).isFalse();
    assertThat(store.keptFor()).contains(RETENTION);
  }
}
