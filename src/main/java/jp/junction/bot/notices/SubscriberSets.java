package jp.junction.bot.notices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.junction.bot.events.Event;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * How a notice reads the subscriptions, and the only place it does: which delivery sets an area
 * request reaches, everyone in them now (into a set that expires on its own), and which of a
 * batch's people still want it when it goes out. All these keys are in the subscriptions' cluster
 * slot.
 */
@Component
class SubscriberSets {

  private static final RedisScript<Long> STORE =
      RedisScript.of(new ClassPathResource("redis/subscribers-store.lua"), Long.class);

  @SuppressWarnings("rawtypes")
  private static final RedisScript<List> WANTING =
      RedisScript.of(new ClassPathResource("redis/subscribers-wanting.lua"), List.class);

  /** The sets a notice reaches: a person in one of the area sets and one of the audience sets. */
  record Targets(List<String> areaSets, List<String> audienceSets) {

    static final Targets NONE = new Targets(List.of(), List.of());

    Targets {
      areaSets = List.copyOf(areaSets);
      audienceSets = List.copyOf(audienceSets);
    }

    boolean reachNobody() {
      return areaSets.isEmpty() || audienceSets.isEmpty();
    }

    List<String> keys() {
      List<String> keys = new ArrayList<>(areaSets);
      keys.addAll(audienceSets);
      return keys;
    }
  }

  private final StringRedisTemplate redis;
  private final Subscriptions subscriptions;
  private final Areas areas;

  SubscriberSets(StringRedisTemplate redis, Subscriptions subscriptions, Areas areas) {
    this.redis = redis;
    this.subscriptions = subscriptions;
    this.areas = areas;
  }

  /**
   * The sets a request reaches: a town's own set plus those who chose its whole prefecture (and, if
   * asked, the neighbouring towns'); a whole prefecture reaches everyone with any area in it; 全国
   * reaches those who chose online events.
   */
  Targets targets(List<Areas.Area> requested, boolean neighbours, Set<Audience> audience) {
    Set<String> sets = new LinkedHashSet<>();
    for (Areas.Area area : requested) {
      if (Event.NATIONAL.equals(area.prefecture())) {
        sets.add(subscriptions.areaSet(Subscriptions.ONLINE));
      } else if (area.wholePrefecture()) {
        sets.add(subscriptions.prefectureSet(area.prefecture()));
      } else {
        sets.add(subscriptions.areaSet(Subscriptions.areaKey(area)));
        sets.add(
            subscriptions.areaSet(Subscriptions.areaKey(new Areas.Area(area.prefecture(), ""))));
        if (neighbours) {
          areas
              .neighbours(area)
              .forEach(n -> sets.add(subscriptions.areaSet(Subscriptions.areaKey(n))));
        }
      }
    }
    return new Targets(
        List.copyOf(sets), audience.stream().sorted().map(subscriptions::audienceSet).toList());
  }

  /** A set of ids in the subscriptions' slot, named after a notice's snapshot. */
  String recipients(String name) {
    return subscriptions.sets("t:" + name);
  }

  /**
   * Stores in {@code dest} (a key from {@link #recipients}) everyone the targets reach now, kept
   * for {@code ttl} from the moment it is written; returns how many.
   */
  long store(Targets targets, String dest, Duration ttl) {
    if (targets.reachNobody()) {
      return 0;
    }
    List<String> keys = new ArrayList<>(List.of(dest, dest + ":a", dest + ":w"));
    keys.addAll(targets.keys());
    Long n =
        redis.execute(
            STORE,
            keys,
            Integer.toString(targets.areaSets().size()),
            Long.toString(ttl.toMillis()));
    return n == null ? 0 : n;
  }

  /** Takes up to {@code count} ids out of a stored set; empty when it is used up. */
  List<String> take(String stored, int count) {
    List<String> ids = redis.opsForSet().pop(stored, count);
    return ids == null ? List.of() : ids;
  }

  void forget(String stored) {
    redis.delete(stored);
  }

  /** Those of {@code ids} the targets still reach (people stop, leave or erase meanwhile). */
  List<String> stillWanting(Targets targets, List<String> ids) {
    if (targets.reachNobody() || ids.isEmpty()) {
      return List.of();
    }
    List<String> args = new ArrayList<>(ids.size() + 1);
    args.add(Integer.toString(targets.areaSets().size()));
    args.addAll(ids);
    List<?> wanted = redis.execute(WANTING, targets.keys(), args.toArray());
    List<String> out = new ArrayList<>();
    if (wanted != null) {
      wanted.forEach(u -> out.add((String) u));
    }
    return out;
  }
}
