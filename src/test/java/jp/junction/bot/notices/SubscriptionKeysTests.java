package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.ConversationEvents;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.bot.vocabulary.Audience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Subscriptions are keyed by pseudonym: the LINE user id is kept once, as the value delivery needs,
 * in a hash that expires; stop, unfollow and erase reach it; the old layout is moved, not lost.
 */
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.notices.worker-enabled=false",
      "junction.notices.retention.subscription=200d"
    })
class SubscriptionKeysTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final String USER = "U0123456789abcdef0123456789abcdef";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @Autowired Subscriptions subscriptions;
  @Autowired KeyUpgrade upgrade;
  @Autowired NoticeOutbox outbox;
  @Autowired SubscriberRemoval removal;
  @Autowired Pseudonyms pseudonyms;
  @Autowired StringRedisTemplate redis;

  @AfterEach
  void forget() {
    FeatureTestSupport.deleteKeys(redis, PREFIX);
  }

  @Test
  void noKeyNameOrSetHoldsTheLineIdAndItsOneCopyExpires() {
    subscriptions.subscribe(USER, List.of("香川県/高松市", "online"), EnumSet.of(Audience.FAMILY));

    assertThat(keys()).noneMatch(k -> k.contains(USER));
    assertThat(keysHolding(USER)).containsExactly(subscriptions.personKey(pseudonyms.of(USER)));
    Long ttl = redis.getExpire(subscriptions.personKey(pseudonyms.of(USER)));
    assertThat(ttl).isBetween(Duration.ofDays(199).toSeconds(), Duration.ofDays(200).toSeconds());
    assertThat(redis.opsForSet().members(subscriptions.areaSet("香川県/高松市")))
        .containsExactly(pseudonyms.of(USER));
    assertThat(subscriptions.deliveryIds(List.of(pseudonyms.of(USER)))).containsExactly(USER);
  }

  @Test
  void stopUnfollowAndEraseLeaveNothingOfThePerson() {
    String me = pseudonyms.of(USER);
    subscriptions.subscribe(USER, List.of("香川県/高松市"), EnumSet.allOf(Audience.class));
    subscriptions.stop(USER, "香川県/高松市");
    assertThat(keysHolding(USER)).isEmpty();
    assertThat(keysHolding(me)).isEmpty();

    subscriptions.subscribe(USER, List.of("香川県/"), EnumSet.allOf(Audience.class));
    removal.onUnfollow(new ConversationEvents.PersonUnfollowed(new Person(USER, me)));
    assertThat(keysHolding(USER)).isEmpty();
    assertThat(keysHolding(me)).isEmpty();

    subscriptions.subscribe(USER, List.of("online"), EnumSet.allOf(Audience.class));
    assertThat(removal.erase(new Person(USER, me))).isTrue();
    assertThat(keysHolding(USER)).isEmpty();
    assertThat(keysHolding(me)).isEmpty();
  }

  @Test
  void anExpiredSubscriptionIsNeitherDeliveredToNorLeftInTheSets() {
    String me = pseudonyms.of(USER);
    subscriptions.subscribe(USER, List.of("香川県/高松市"), EnumSet.allOf(Audience.class));
    redis.delete(subscriptions.personKey(me));

    assertThat(subscriptions.deliveryIds(List.of(me))).isEmpty();
    assertThat(keysHolding(me)).isEmpty();
  }

  @Test
  void outboxKeysOfTheEarlierLayoutMoveToTheirTaggedNamesAndMergeIntoKeysAlreadyThere() {
    String old = PREFIX + "notices:";
    String tagged = old + "{outbox}:";
    redis.opsForHash().putAll(old + "n:nt-up", Map.of("status", "scheduled", "event", "e1"));
    redis.opsForZSet().add(old + "due", "nt-up", 1);
    redis.opsForZSet().add(tagged + "due", "nt-new", 2);
    redis.opsForSet().add(old + "ev:e1", "nt-up");
    redis.opsForSet().add(old + "w:family", "Uset-only");
    redis.opsForList().rightPush(old + "t:nt-up:g0:", "Uscratch");
    redis.expire(old + "t:nt-up:g0:", Duration.ofHours(1));

    upgrade.start();
    upgrade.start();

    assertThat(redis.opsForHash().get(tagged + "n:nt-up", "status")).isEqualTo("scheduled");
    assertThat(redis.opsForZSet().range(tagged + "due", 0, -1)).containsExactly("nt-up", "nt-new");
    assertThat(redis.opsForSet().members(tagged + "ev:e1")).containsExactly("nt-up");
    assertThat(redis.opsForSet().members(subscriptions.setIndex()))
        .contains(subscriptions.audienceSet(Audience.FAMILY));
    // A set member without a subscription is dropped once the set is in the index.
    assertThat(keysHolding("Uset-only")).isEmpty();
    assertThat(keys())
        .noneMatch(
            k ->
                k.startsWith(old)
                    && !k.startsWith(tagged)
                    && !k.startsWith(old + "{subs}:")
                    && !k.startsWith(old + "u:"));
  }

  @Test
  void aBroadcastUnderWayKeepsItsTargetsThroughTheUpgrade() {
    String old = PREFIX + "notices:n:nt-mid";
    redis
        .opsForHash()
        .putAll(
            old,
            Map.of(
                "event", "e1",
                "status", "sending",
                "gen", "g1",
                "batches", "1",
                "targets",
                    PREFIX
                        + "notices:a:香川県/高松市\n"
                        + PREFIX
                        + "notices:a:香川県/\n\n"
                        + PREFIX
                        + "notices:w:family"));

    upgrade.start();

    assertThat(redis.hasKey(old)).isFalse();
    assertThat(outbox.read("nt-mid").orElseThrow().targets())
        .isEqualTo(
            new SubscriberSets.Targets(
                List.of(subscriptions.areaSet("香川県/高松市"), subscriptions.areaSet("香川県/")),
                List.of(subscriptions.audienceSet(Audience.FAMILY))));
    upgrade.start();
    assertThat(outbox.read("nt-mid").orElseThrow().targets().areaSets()).hasSize(2);
  }

  @Test
  void subscribersInTheOldLayoutAreMovedAtStartAndStillReached() {
    String old = PREFIX + "notices:u:" + USER;
    redis.opsForHash().putAll(old, Map.of("a:香川県/高松市", "1", "a:online", "1", "w", "family|self"));
    redis.opsForSet().add(subscriptions.areaSet("香川県/高松市"), USER);
    redis.opsForSet().add(subscriptions.areaSet("online"), USER);
    redis.opsForSet().add(subscriptions.prefectureSet("香川県"), USER);
    redis.opsForSet().add(subscriptions.audienceSet(Audience.FAMILY), USER);
    redis.opsForSet().add(subscriptions.audienceSet(Audience.SELF), USER);

    String batch = PREFIX + "notices:b:nt-old:g1:0";
    redis.opsForList().rightPushAll(batch, USER, "Uleft-before-upgrade");
    redis.expire(batch, Duration.ofHours(2));

    upgrade.start();

    // Moved to its hash-tagged name with its TTL, then given pseudonyms.
    String moved = PREFIX + "notices:{outbox}:b:nt-old:g1:0";
    assertThat(redis.hasKey(batch)).isFalse();
    assertThat(redis.opsForList().range(moved, 0, -1))
        .containsExactly(pseudonyms.of(USER), pseudonyms.of("Uleft-before-upgrade"));
    assertThat(redis.getExpire(moved)).isBetween(Duration.ofHours(2).toSeconds() - 60, 7200L);

    assertThat(keys()).noneMatch(k -> k.contains(USER));
    assertThat(keysHolding(USER)).containsExactly(subscriptions.personKey(pseudonyms.of(USER)));
    assertThat(subscriptions.choice(USER).areaKeys()).containsExactly("online", "香川県/高松市");
    assertThat(subscriptions.choice(USER).audience())
        .containsExactlyInAnyOrder(Audience.FAMILY, Audience.SELF);
    for (String set :
        List.of(
            subscriptions.areaSet("香川県/高松市"),
            subscriptions.prefectureSet("香川県"),
            subscriptions.audienceSet(Audience.SELF))) {
      assertThat(redis.opsForSet().members(set)).as(set).containsExactly(pseudonyms.of(USER));
    }
    assertThat(subscriptions.stopAll(USER)).isTrue();
    // Only the expiring batch still names the pseudonym, and sending it now skips them.
    assertThat(keysHolding(pseudonyms.of(USER))).containsExactly(moved);
    assertThat(subscriptions.deliveryIds(List.of(pseudonyms.of(USER)))).isEmpty();
  }

  private Set<String> keys() {
    Set<String> keys = new java.util.TreeSet<>();
    try (Cursor<String> c =
        redis.scan(ScanOptions.scanOptions().match(PREFIX + "*").count(1000).build())) {
      c.forEachRemaining(keys::add);
    }
    return keys;
  }

  /** The keys whose name or any value (set member, hash field or value) is {@code value}. */
  private List<String> keysHolding(String value) {
    List<String> out = new ArrayList<>();
    for (String key : keys()) {
      boolean holds =
          key.contains(value)
              || switch (redis.type(key)) {
                case SET -> Boolean.TRUE.equals(redis.opsForSet().isMember(key, value));
                case HASH ->
                    redis.opsForHash().entries(key).entrySet().stream()
                        .anyMatch(e -> value.equals(e.getKey()) || value.equals(e.getValue()));
                case LIST -> redis.opsForList().range(key, 0, -1).contains(value);
                case STRING -> value.equals(redis.opsForValue().get(key));
                default -> false;
              };
      if (holds) {
        out.add(key);
      }
    }
    return out;
  }
}
