package jp.junction.bot.notices;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.events.Event;
import jp.junction.bot.places.Areas;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Who wants notices for where. Everything is keyed by the person's pseudonym: per person a hash
 * {@code u:<pseudonym>} with the chosen areas, the audience and, in field {@code id}, the LINE user
 * id LINE needs to deliver (the only place it is kept), expiring {@link
 * NoticeRetention#subscription} after the last change. For delivery, sets of pseudonyms per area
 * ({@code a:香川県/高松市}, {@code a:香川県/} for the whole prefecture, {@code a:online}), per prefecture
 * touched ({@code p:香川県}) and per audience ({@code w:family}); set {@code sets} names every such
 * set, so that a person whose hash expired can still be taken out of all of them. The delivery sets
 * and that index share the hash tag {@code {subs}}, so that a notice's snapshot can combine them in
 * one script on a Redis Cluster.
 */
@Component
class Subscriptions {

  static final String ONLINE = "online";
  static final String ID = "id";

  private final StringRedisTemplate redis;
  private final ExpiringWrite writes;
  private final Pseudonyms pseudonyms;
  private final Duration kept;
  private final String prefix;

  /** What one person chose: area keys and audiences. */
  record Choice(List<String> areaKeys, Set<Audience> audience) {
    boolean empty() {
      return areaKeys.isEmpty();
    }
  }

  Subscriptions(
      StringRedisTemplate redis,
      ExpiringWrite writes,
      Pseudonyms pseudonyms,
      NoticesSettings settings,
      NoticeRetention retention) {
    this.redis = redis;
    this.writes = writes;
    this.pseudonyms = pseudonyms;
    this.kept = retention.subscription();
    this.prefix = settings.keyPrefix();
  }

  static String areaKey(Areas.Area area) {
    return Event.NATIONAL.equals(area.prefecture())
        ? ONLINE
        : area.prefecture() + "/" + area.municipality();
  }

  /** The area a key stands for; the online choice is the national pseudo-area. */
  static Areas.Area area(String areaKey) {
    if (ONLINE.equals(areaKey)) {
      return new Areas.Area(Event.NATIONAL, "");
    }
    int slash = areaKey.indexOf('/');
    return new Areas.Area(areaKey.substring(0, slash), areaKey.substring(slash + 1));
  }

  String areaSet(String areaKey) {
    return sets("a:" + areaKey);
  }

  String prefectureSet(String prefecture) {
    return sets("p:" + prefecture);
  }

  String audienceSet(Audience audience) {
    return sets("w:" + audience.code());
  }

  /** A key in the delivery sets' cluster slot (the snapshot's scratch sets are kept there too). */
  String sets(String name) {
    return prefix + "{subs}:" + name;
  }

  /** The set naming every subscriber set (in their cluster slot). */
  String setIndex() {
    return sets("index");
  }

  /** The per-person hash of a pseudonym. */
  String personKey(String pseudonym) {
    return prefix + "u:" + pseudonym;
  }

  /** How long a subscription lasts after its last change. */
  Duration kept() {
    return kept;
  }

  /** Adds areas and sets the audience (replacing the earlier one). */
  void subscribe(String userId, List<String> areaKeys, Set<Audience> audience) {
    Choice before = choice(userId);
    Set<String> areas = new LinkedHashSet<>(before.areaKeys());
    areas.addAll(areaKeys);
    write(userId, before, new Choice(List.copyOf(areas), Coded.copyOf(Audience.class, audience)));
  }

  Choice choice(String userId) {
    return choiceOf(redis.opsForHash().entries(personKey(pseudonyms.of(userId))));
  }

  static Choice choiceOf(Map<Object, Object> raw) {
    List<String> areas = new ArrayList<>();
    Set<Audience> audience = EnumSet.noneOf(Audience.class);
    raw.forEach(
        (k, v) -> {
          String key = k.toString();
          if (key.startsWith("a:")) {
            areas.add(key.substring(2));
          } else if (key.equals("w") && !v.toString().isEmpty()) {
            // A code this version does not know (written by a newer one) is left out.
            for (String code : v.toString().split("\\|")) {
              Coded.find(Audience.class, code).ifPresent(audience::add);
            }
          }
        });
    areas.sort(null);
    return new Choice(areas, audience);
  }

  /** Stops one area; the last area stops everything. True when it was there. */
  boolean stop(String userId, String areaKey) {
    Choice before = choice(userId);
    if (!before.areaKeys().contains(areaKey)) {
      return false;
    }
    List<String> left = new ArrayList<>(before.areaKeys());
    left.remove(areaKey);
    write(userId, before, new Choice(left, left.isEmpty() ? Set.of() : before.audience()));
    return true;
  }

  /**
   * Removes the person from every list, also those an expired hash no longer names; true when there
   * was something.
   */
  boolean stopAll(String userId) {
    Choice before = choice(userId);
    write(userId, before, new Choice(List.of(), Set.of()));
    forget(List.of(pseudonyms.of(userId)));
    return !before.empty();
  }

  /**
   * The LINE user ids to deliver to, in order, for the given pseudonyms; one whose subscription has
   * expired is left out and taken out of every set.
   */
  List<String> deliveryIds(List<String> wanted) {
    List<Object> ids =
        redis.executePipelined(
            (RedisCallback<Object>)
                connection -> {
                  for (String p : wanted) {
                    connection.hashCommands().hGet(bytes(personKey(p)), bytes(ID));
                  }
                  return null;
                });
    List<String> out = new ArrayList<>(wanted.size());
    List<String> gone = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      Object id = ids.get(i);
      if (id == null) {
        gone.add(wanted.get(i));
      } else {
        out.add(id.toString());
      }
    }
    if (!gone.isEmpty()) {
      forget(gone);
    }
    return out;
  }

  /** Takes pseudonyms out of every subscriber set. */
  void forget(List<String> gone) {
    Set<String> all = redis.opsForSet().members(setIndex());
    if (all == null || all.isEmpty()) {
      return;
    }
    redis.executePipelined(
        (RedisCallback<Object>)
            connection -> {
              byte[][] members = gone.stream().map(Subscriptions::bytes).toArray(byte[][]::new);
              all.forEach(set -> connection.setCommands().sRem(bytes(set), members));
              return null;
            });
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void write(String userId, Choice before, Choice after) {
    String me = pseudonyms.of(userId);
    Set<String> prefsBefore = prefectures(before);
    Set<String> prefsAfter = prefectures(after);
    for (String key : before.areaKeys()) {
      if (!after.areaKeys().contains(key)) {
        redis.opsForSet().remove(areaSet(key), me);
      }
    }
    for (String p : prefsBefore) {
      if (!prefsAfter.contains(p)) {
        redis.opsForSet().remove(prefectureSet(p), me);
      }
    }
    for (Audience w : Audience.values()) {
      if (!after.audience().contains(w)) {
        redis.opsForSet().remove(audienceSet(w), me);
      }
    }
    String person = personKey(me);
    if (after.empty()) {
      redis.delete(person);
      return;
    }
    // The hash first: a set member without it is never delivered to (and is dropped when met).
    redis.delete(person);
    Map<String, String> fields = new HashMap<>();
    after.areaKeys().forEach(k -> fields.put("a:" + k, "1"));
    fields.put("w", Coded.join(after.audience()));
    fields.put(ID, userId);
    writes.put(person, kept, fields);
    List<String> joined = new ArrayList<>();
    after.areaKeys().forEach(k -> joined.add(areaSet(k)));
    prefsAfter.forEach(p -> joined.add(prefectureSet(p)));
    after.audience().forEach(w -> joined.add(audienceSet(w)));
    redis.opsForSet().add(setIndex(), joined.toArray(String[]::new));
    joined.forEach(set -> redis.opsForSet().add(set, me));
  }

  private static Set<String> prefectures(Choice choice) {
    Set<String> out = new LinkedHashSet<>();
    choice.areaKeys().stream()
        .filter(k -> !ONLINE.equals(k))
        .forEach(k -> out.add(area(k).prefecture()));
    return out;
  }
}
