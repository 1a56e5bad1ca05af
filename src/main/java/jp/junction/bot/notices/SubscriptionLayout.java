package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.junction.bot.privacy.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings subscriptions written by earlier versions into today's layout at start-up, before any
 * delivery thread runs: a hash {@code u:<LINE user id>} becomes {@code u:<pseudonym>} (the id
 * moving into its {@code id} field, with the subscription's TTL) and the id in each of its sets
 * becomes the pseudonym, so no subscriber is lost by an upgrade. Then set members whose
 * subscription has expired are dropped. With Redis away it says so and start-up goes on.
 */
@Component
class SubscriptionLayout implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionLayout.class);
  private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{20}");

  private final StringRedisTemplate redis;
  private final Subscriptions subscriptions;
  private final Pseudonyms pseudonyms;
  private final String prefix;
  private volatile boolean running;

  SubscriptionLayout(
      StringRedisTemplate redis,
      Subscriptions subscriptions,
      Pseudonyms pseudonyms,
      NoticesSettings settings) {
    this.redis = redis;
    this.subscriptions = subscriptions;
    this.pseudonyms = pseudonyms;
    this.prefix = settings.keyPrefix();
  }

  @Override
  public void start() {
    running = true;
    try {
      int moved = migrate();
      int dropped = prune();
      if (moved > 0 || dropped > 0) {
        log.info(
            "Subscriptions: {} moved to pseudonymous keys, {} expired set entries dropped",
            moved,
            dropped);
      }
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Subscriptions not checked at start-up: {}", e.getClass().getSimpleName());
    }
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
    return old.size();
  }

  private void move(String oldKey) {
    String userId = oldKey.substring(prefix.length() + 2);
    Map<Object, Object> raw = redis.opsForHash().entries(oldKey);
    Subscriptions.Choice choice = Subscriptions.choiceOf(raw);
    if (!choice.empty()) {
      // Written before the old entries go, so a crash in between loses nobody.
      subscriptions.subscribe(userId, choice.areaKeys(), choice.audience());
    }
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
    log.debug("Subscription of {} moved to its pseudonymous key", pseudonyms.of(userId));
  }

  /** Drops set members whose subscription hash is gone; how many. */
  int prune() {
    Set<String> sets = redis.opsForSet().members(subscriptions.sets());
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

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the delivery threads ({@link NoticeWorker} runs in the default, last phase). */
  @Override
  public int getPhase() {
    return DEFAULT_PHASE - 1;
  }
}
