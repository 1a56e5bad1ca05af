package jp.junction.bot.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.junction.bot.conversation.Person;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminders on the test Redis with a fixed clock: one per person at the reminder time of the chosen
 * day, with TTLs; the monthly cap refuses and a stop gives the place back; a due reminder is
 * claimed once per lease, and a sender that stopped before finishing leaves it to the next with the
 * same LINE retry key (so LINE delivers it once across a restart); erase leaves nothing.
 */
@Tag(TestRedis.CLUSTER_TAG)
class RemindersTests {

  @RegisterExtension static final TestRedis redis = new TestRedis();

  /** 2027-01-05 15:00 in Japan. */
  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-01-05T06:00:00Z"));

  final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  final Person one = new Person("U-one", "p-one-0123456789abcd");
  final Person two = new Person("U-two", "p-two-0123456789abcd");

  Reminders reminders(int cap) {
    return new Reminders(
        redis.template(),
        new ReminderSettings(
            true,
            List.of(1, 3, 7),
            java.time.LocalTime.of(10, 0),
            cap,
            true,
            Duration.ofMillis(50),
            Duration.ofMinutes(5),
            redis.prefix() + "{remind}:"),
        clock);
  }

  String key(Person p) {
    return redis.prefix() + "{remind}:r:" + p.pseudonym();
  }

  @Test
  void aReminderIsBookedForTenInTheMorningOfTheChosenDayWithItsTtls() {
    Reminders reminders = reminders(10);
    Instant at = reminders.when(3);
    assertThat(at).isEqualTo(Instant.parse("2027-01-08T01:00:00Z")); // 10:00 JST

    assertThat(reminders.book(one, "r001", at)).isTrue();

    assertThat(redis.template().opsForHash().get(key(one), "u")).isEqualTo("U-one");
    long ttl = redis.template().getExpire(key(one));
    assertThat(ttl).isBetween(Duration.ofDays(9).toSeconds(), Duration.ofDays(10).toSeconds());
    assertThat(redis.template().getExpire(redis.prefix() + "{remind}:m:2027-01")).isPositive();
    assertThat(reminders.claim()).as("not due yet").isEmpty();
  }

  @Test
  void theMonthlyCapRefusesAndAStopGivesThePlaceBack() {
    Reminders reminders = reminders(1);
    assertThat(reminders.roomThisMonth()).isTrue();
    assertThat(reminders.book(one, "r001", reminders.when(1))).isTrue();

    assertThat(reminders.roomThisMonth()).isFalse();
    assertThat(reminders.book(two, "r001", reminders.when(1))).isFalse();
    assertThat(redis.template().hasKey(key(two))).isFalse();
    // Booking again replaces one's own reminder instead of counting twice.
    assertThat(reminders.book(one, "r002", reminders.when(3))).isTrue();

    assertThat(reminders.stop(one)).isTrue();
    assertThat(reminders.roomThisMonth()).isTrue();
    assertThat(reminders.book(two, "r001", reminders.when(1))).isTrue();
  }

  @Test
  void aDueReminderIsClaimedOncePerLeaseAndAgainWithTheSameRetryKeyAfterIt() {
    Reminders reminders = reminders(10);
    Instant at = reminders.when(1);
    reminders.book(one, "r001", at);
    now.set(at);

    Reminders.Due first = reminders.claim().orElseThrow();
    assertThat(first.lineUserId()).isEqualTo("U-one");
    assertThat(first.reminded()).isEqualTo(new Reminded.Place("r001"));
    assertThat(reminders.claim()).as("within the lease").isEmpty();

    // The sender stopped before LINE answered; after the lease another takes it, same key.
    now.set(at.plus(Duration.ofMinutes(6)));
    Reminders.Due again = reminders(10).claim().orElseThrow();
    assertThat(again.retryKey()).isEqualTo(first.retryKey());

    reminders.done(again);
    now.set(at.plus(Duration.ofHours(1)));
    assertThat(reminders.claim()).isEmpty();
    assertThat(redis.template().hasKey(key(one))).isFalse();
  }

  @Test
  void anEventsReminderIsClaimedAsThatEventOnTheDayOfItsMeeting() {
    Reminders reminders = reminders(10);
    Instant at = reminders.when(2);
    Reminded.Event lounge = new Reminded.Event("e1", java.time.LocalDate.of(2027, 1, 8));
    assertThat(reminders.book(one, lounge, at)).isTrue();
    now.set(at);

    Reminders.Due due = reminders.claim().orElseThrow();

    assertThat(due.reminded()).isEqualTo(lounge);
    assertThat(redis.template().opsForHash().get(key(one), "p")).as("no place field").isNull();
    assertThat(redis.template().opsForValue().get(redis.prefix() + "{remind}:m:2027-01"))
        .as("the same monthly count as a place's")
        .isEqualTo("1");
  }

  @Test
  void aPlacesReminderBookedAfterAnEventsLeavesNoEventFieldsBehind() {
    Reminders reminders = reminders(10);
    reminders.book(
        one, new Reminded.Event("e1", java.time.LocalDate.of(2027, 1, 9)), reminders.when(2));
    Instant at = reminders.when(1);
    reminders.book(one, "r001", at);
    now.set(at);

    assertThat(reminders.claim().orElseThrow().reminded()).isEqualTo(new Reminded.Place("r001"));
    assertThat(redis.template().opsForHash().hasKey(key(one), "e")).isFalse();
  }

  @Test
  void aReminderStoredInTheShapeBeforeEventsIsReadAsAPlace() {
    Reminders reminders = reminders(10);
    Instant at = reminders.when(1);
    // As remind-book.lua wrote it before events could be reminded: no e, no d.
    redis
        .template()
        .opsForHash()
        .putAll(
            key(one),
            java.util.Map.of(
                "u", "U-one",
                "p", "r007",
                "at", Long.toString(at.toEpochMilli()),
                "k", "5b0c1a52-4a43-4f4e-9d3e-8d1f7b0a6a11",
                "m", "2027-01"));
    redis
        .template()
        .opsForZSet()
        .add(redis.prefix() + "{remind}:due", one.pseudonym(), at.toEpochMilli());
    now.set(at);

    Reminders.Due due = reminders.claim().orElseThrow();

    assertThat(due.reminded()).isEqualTo(new Reminded.Place("r007"));
    assertThat(due.lineUserId()).isEqualTo("U-one");
    assertThat(due.retryKey().toString()).isEqualTo("5b0c1a52-4a43-4f4e-9d3e-8d1f7b0a6a11");
  }

  @Test
  void eraseLeavesNeitherTheHashNorTheScheduledPseudonym() {
    Reminders reminders = reminders(10);
    reminders.book(one, "r001", reminders.when(1));

    assertThat(reminders.erase(one)).isTrue();

    assertThat(redis.template().hasKey(key(one))).isFalse();
    assertThat(redis.template().opsForZSet().range(redis.prefix() + "{remind}:due", 0, -1))
        .doesNotContain(one.pseudonym());
    assertThat(reminders.erase(one)).isFalse();
  }

  @Test
  void aReminderBookedWhileTheOldOneIsBeingSentIsNeitherEndedNorMovedByIt() {
    Reminders reminders = reminders(10);
    Instant at = reminders.when(1);
    reminders.book(one, "r001", at);
    now.set(at);
    Reminders.Due sending = reminders.claim().orElseThrow();

    // Meanwhile the person asks for another one, three days later.
    Instant newer = reminders.when(3);
    assertThat(reminders.book(one, "r002", newer)).isTrue();
    reminders.later(sending, at.plus(Duration.ofHours(1)));
    reminders.done(sending);

    assertThat(redis.template().opsForHash().get(key(one), "p")).isEqualTo("r002");
    assertThat(
            redis.template().opsForZSet().score(redis.prefix() + "{remind}:due", one.pseudonym()))
        .isEqualTo((double) newer.toEpochMilli());
  }

  @Test
  void movingAReminderToAFullMonthKeepsTheOldOneAndMovingItElsewhereGivesItsPlaceBack() {
    Reminders reminders = reminders(1);
    Instant january = reminders.when(1);
    Instant february = reminders.when(30);
    assertThat(reminders.book(two, "r001", february)).isTrue(); // February is full now
    assertThat(reminders.book(one, "r001", january)).isTrue();

    assertThat(reminders.book(one, "r002", february)).isFalse();
    assertThat(redis.template().opsForHash().get(key(one), "p")).isEqualTo("r001");

    reminders.stop(two);
    assertThat(reminders.book(one, "r002", february)).isTrue();
    assertThat(reminders.roomThisMonth()).as("January's place was given back").isTrue();
    assertThat(redis.template().opsForValue().get(redis.prefix() + "{remind}:m:2027-02"))
        .isEqualTo("1");
  }

  @Test
  void manyTapsAtOnceBookOneReminderAndCountItOnce() throws Exception {
    Reminders reminders = reminders(10);
    Instant at = reminders.when(1);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Boolean>> taps = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String place = "r00" + (i % 8);
        taps.add(
            pool.submit(
                () -> {
                  go.await();
                  return reminders.book(one, place, at);
                }));
      }
      go.countDown();
      for (java.util.concurrent.Future<Boolean> tap : taps) {
        tap.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(redis.template().opsForValue().get(redis.prefix() + "{remind}:m:2027-01"))
        .isEqualTo("1");
    assertThat(redis.template().opsForZSet().size(redis.prefix() + "{remind}:due")).isEqualTo(1);
    assertThat(reminders.stop(one)).isTrue();
    assertThat(redis.template().opsForValue().get(redis.prefix() + "{remind}:m:2027-01"))
        .isEqualTo("0");
  }
}
