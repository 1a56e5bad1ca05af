package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.events.Event;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Who wants notices for where, keeping only the LINE user id (needed to deliver) and the chosen
 * areas and audience. Per person a hash {@code u:<id>}; for delivery, sets of ids per area ({@code
 * a:香川県/高松市}, {@code a:香川県/} for the whole prefecture, {@code a:online}), per prefecture touched
 * ({@code p:香川県}) and per audience ({@code w:family}). The delivery sets share the hash tag {@code
 * {subs}}, so that a notice's snapshot can combine them in one script on a Redis Cluster.
 */
@Component
class Subscriptions {

  static final String ONLINE = "online";

  private final StringRedisTemplate redis;
  private final String prefix;

  /** What one person chose: area keys and audiences. */
  record Choice(List<String> areaKeys, Set<Audience> audience) {
    boolean empty() {
      return areaKeys.isEmpty();
    }
  }

  Subscriptions(StringRedisTemplate redis, NoticesSettings settings) {
    this.redis = redis;
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

  private String person(String userId) {
    return prefix + "u:" + userId;
  }

  /** Adds areas and sets the audience (replacing the earlier one). */
  void subscribe(String userId, List<String> areaKeys, Set<Audience> audience) {
    Choice before = choice(userId);
    Set<String> areas = new LinkedHashSet<>(before.areaKeys());
    areas.addAll(areaKeys);
    write(userId, before, new Choice(List.copyOf(areas), Coded.copyOf(Audience.class, audience)));
  }

  Choice choice(String userId) {
    Map<Object, Object> raw = redis.opsForHash().entries(person(userId));
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

  /** Removes the person from every list; true when there was something. */
  boolean stopAll(String userId) {
    Choice before = choice(userId);
    write(userId, before, new Choice(List.of(), Set.of()));
    return !before.empty();
  }

  private void write(String userId, Choice before, Choice after) {
    Set<String> prefsBefore = prefectures(before);
    Set<String> prefsAfter = prefectures(after);
    for (String key : before.areaKeys()) {
      if (!after.areaKeys().contains(key)) {
        redis.opsForSet().remove(areaSet(key), userId);
      }
    }
    for (String p : prefsBefore) {
      if (!prefsAfter.contains(p)) {
        redis.opsForSet().remove(prefectureSet(p), userId);
      }
    }
    for (Audience w : Audience.values()) {
      if (!after.audience().contains(w)) {
        redis.opsForSet().remove(audienceSet(w), userId);
      }
    }
    if (after.empty()) {
      redis.delete(person(userId));
      return;
    }
    for (String key : after.areaKeys()) {
      redis.opsForSet().add(areaSet(key), userId);
    }
    prefsAfter.forEach(p -> redis.opsForSet().add(prefectureSet(p), userId));
    after.audience().forEach(w -> redis.opsForSet().add(audienceSet(w), userId));
    redis.delete(person(userId));
    Map<String, String> fields = new java.util.HashMap<>();
    after.areaKeys().forEach(k -> fields.put("a:" + k, "1"));
    fields.put("w", Coded.join(after.audience()));
    redis.opsForHash().putAll(person(userId), fields);
  }

  private static Set<String> prefectures(Choice choice) {
    Set<String> out = new LinkedHashSet<>();
    choice.areaKeys().stream()
        .filter(k -> !ONLINE.equals(k))
        .forEach(k -> out.add(area(k).prefecture()));
    return out;
  }
}
