package jp.junction.bot.notices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import jp.junction.bot.privacy.Pseudonyms;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings subscriptions written by earlier versions into today's layout (run by {@link KeyUpgrade}
 * at start-up, before any delivery thread): a hash {@code u:<LINE user id>} becomes {@code
 * u:<pseudonym>} (the id moving into its {@code id} field, with the subscription's TTL) and the id
 * in each of its sets becomes the pseudonym, so no subscriber is lost by an upgrade; batches of a
 * notice being sent get pseudonyms for their ids too, so the broadcast goes on. {@link
 * OutboxLayout} has moved the keys to their new names before. Then set members whose subscription
 * has expired are dropped.
 */
@Component
class SubscriptionLayout {

  private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{20}");

  private final StringRedisTemplate redis;
  private final Subscriptions subscriptions;
  private final Pseudonyms pseudonyms;
  private final ExpiringWrite writes;
  private final Duration delivery;
  private final String prefix;

  SubscriptionLayout(
      StringRedisTemplate redis,
      Subscriptions subscriptions,
      Pseudonyms pseudonyms,
      ExpiringWrite writes,
      NoticesSettings settings,
      NoticeRetention retention) {
    this.writes = writes;
    this.delivery = retention.delivery();
    this.redis = redis;
    this.subscriptions = subscriptions;
    this.pseudonyms = pseudonyms;
    this.prefix = settings.keyPrefix();
  }

  /** Moves every hash still keyed by a LINE user id; how many. */
  int migrate() {
    List<String> old = new ArrayList<>();
    try (Cursor<String> keys =
        redis.scan(ScanOptions.scanOptions().match(prefix + "u:*").count(500).build())) {
      keys.forEachRemaining(
          key -> {
            if (!PSEUDONYM.matcher(key.substring(prefix.length() + 2)).matches()) {
              old.add(key);
            }
          });
    }
    old.forEach(this::move);
    rewriteBatches();
    return old.size();
  }

  /** Batches snapshotted by an earlier version hold LINE ids: they get the pseudonyms instead. */
  private void rewriteBatches() {
    List<String> batches = new ArrayList<>();
    try (Cursor<String> keys =
        redis.scan(ScanOptions.scanOptions().match(prefix + "{outbox}:b:*").count(500).build())) {
      keys.forEachRemaining(batches::add);
    }
    for (String batch : batches) {
      List<String> entries = redis.opsForList().range(batch, 0, -1);
      if (entries == null || entries.stream().allMatch(e -> PSEUDONYM.matcher(e).matches())) {
        continue;
      }
      List<String> rewritten =
          entries.stream().map(e -> PSEUDONYM.matcher(e).matches() ? e : pseudonyms.of(e)).toList();
      Long left = redis.getExpire(batch, TimeUnit.MILLISECONDS);
      redis.delete(batch);
      writes.push(batch, left != null && left > 0 ? Duration.ofMillis(left) : delivery, rewritten);
    }
  }

  private void move(String oldKey) {
    String userId = oldKey.substring(prefix.length() + 2);
    Map<Object, Object> raw = redis.opsForHash().entries(oldKey);
    Subscriptions.Choice choice = Subscriptions.choiceOf(raw);
    if (!choice.empty()) {
      // Written before the old entries go, so a crash in between loses nobody.
      subscriptions.subscribe(userId, choice.areaKeys(), choice.audience());
    }
    // OutboxLayout has already moved the sets of the earlier layout to today's names.
    List<String> oldSets = new ArrayList<>();
    choice.areaKeys().forEach(k -> oldSets.add(subscriptions.areaSet(k)));
    choice.areaKeys().stream()
        .filter(k -> !Subscriptions.ONLINE.equals(k))
        .map(k -> subscriptions.prefectureSet(Subscriptions.area(k).prefecture()))
        .distinct()
        .forEach(oldSets::add);
    choice.audience().forEach(w -> oldSets.add(subscriptions.audienceSet(w)));
    oldSets.forEach(set -> redis.opsForSet().remove(set, userId));
    redis.delete(oldKey);
  }

  /** Drops set members whose subscription hash is gone; how many. */
  int prune() {
    Set<String> sets = redis.opsForSet().members(subscriptions.setIndex());
    if (sets == null) {
      return 0;
    }
    Set<String> gone = new HashSet<>();
    for (String set : sets) {
      try (Cursor<String> members =
          redis.opsForSet().scan(set, ScanOptions.scanOptions().count(500).build())) {
        members.forEachRemaining(
            p -> {
              if (!Boolean.TRUE.equals(redis.hasKey(subscriptions.personKey(p)))) {
                gone.add(p);
              }
            });
      }
    }
    if (!gone.isEmpty()) {
      subscriptions.forget(List.copyOf(gone));
    }
    return gone.size();
  }
}
