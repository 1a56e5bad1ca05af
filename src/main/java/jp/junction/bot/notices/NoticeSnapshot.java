package jp.junction.bot.notices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns a due notice into batches. Recipients are taken when the notice falls due (not when staff
 * scheduled it), so a person who subscribed in between gets it; the set is computed in Redis and
 * popped 500 at a time, so memory in the bot stays flat however many subscribers there are. Every
 * set and list of recipients (pseudonyms) is written together with its expiry ({@link
 * NoticeRetention#delivery}), so a crash at any step leaves only expiring leftovers, and the next
 * worker starts over.
 */
@Component
class NoticeSnapshot {

  private static final Logger log = LoggerFactory.getLogger(NoticeSnapshot.class);

  private final NoticeOutbox outbox;
  private final Subscriptions subscriptions;
  private final Events events;
  private final Areas areas;
  private final NoticeText text;
  private final ObjectMapper json;
  private final Clock clock;
  private final NoticesSettings settings;
  private final ExpiringWrite writes;
  private final Duration leftovers;

  NoticeSnapshot(
      NoticeOutbox outbox,
      Subscriptions subscriptions,
      Events events,
      Areas areas,
      NoticeText text,
      ObjectMapper json,
      Clock clock,
      NoticesSettings settings,
      ExpiringWrite writes,
      NoticeRetention retention) {
    this.writes = writes;
    this.leftovers = retention.delivery();
    this.outbox = outbox;
    this.subscriptions = subscriptions;
    this.events = events;
    this.areas = areas;
    this.text = text;
    this.json = json;
    this.clock = clock;
    this.settings = settings;
  }

  /** Snapshots one due notice, if any; true when there was one. */
  boolean takeOne() throws JsonProcessingException {
    long now = clock.millis();
    Optional<String> claimed = outbox.claimDue(now, now + settings.lease().toMillis());
    if (claimed.isEmpty()) {
      return false;
    }
    String id = claimed.get();
    Map<String, String> notice = outbox.read(id);
    Optional<Event> event = events.find(notice.getOrDefault("event", ""));
    if (!"scheduled".equals(notice.get("status")) || event.isEmpty() || event.get().cancelled()) {
      outbox.cancel(id);
      outbox.redis().opsForZSet().remove(outbox.due(), id);
      return true;
    }
    List<String> areaSets = areaSets(notice);
    Set<Audience> audience = EnumSet.noneOf(Audience.class);
    for (String code : notice.getOrDefault("audience", "").split("\\|")) {
      Coded.find(Audience.class, code).ifPresent(audience::add);
    }
    List<String> audienceSets = audienceSets(audience);
    String gen = UUID.randomUUID().toString().substring(0, 8);
    StringRedisTemplate redis = outbox.redis();
    String recipients = outbox.temp(id, gen, "r");
    long total = storeRecipients(areaSets, audienceSets, outbox.temp(id, gen, ""), recipients);
    List<String> retryKeys = new ArrayList<>();
    for (int i = 0; ; i++) {
      List<String> ids = redis.opsForSet().pop(recipients, settings.batchSize());
      if (ids == null || ids.isEmpty()) {
        break;
      }
      String batch = outbox.batch(id, gen, i);
      writes.push(batch, leftovers, ids);
      retryKeys.add(UUID.randomUUID().toString());
    }
    redis.delete(recipients);
    // Read by the claim script: area sets, a blank line, audience sets.
    String targets = String.join("\n", areaSets) + "\n\n" + String.join("\n", audienceSets);
    boolean committed =
        outbox.commit(
            id,
            gen,
            retryKeys.size(),
            total,
            text.render(event.get(), notice.get("kind")),
            targets,
            clock.millis(),
            retryKeys);
    log.info(
        "Notice {} for event {}: {} recipients in {} batches{}",
        id,
        event.get().id(),
        total,
        retryKeys.size(),
        committed ? "" : " (cancelled meanwhile, not queued)");
    return true;
  }

  /**
   * The subscriber sets a notice reaches: a town's own set plus those who chose its whole
   * prefecture (and, if asked, the neighbouring towns'); a whole prefecture reaches everyone with
   * any area in it; 全国 reaches those who chose online events.
   */
  List<String> areaSets(Map<String, String> notice) throws JsonProcessingException {
    List<List<String>> requested =
        json.readValue(
            notice.getOrDefault("areas", "[]"), new TypeReference<List<List<String>>>() {});
    return areaSets(
        requested.stream()
            .map(pair -> new Areas.Area(pair.get(0), pair.size() > 1 ? pair.get(1) : ""))
            .toList(),
        Boolean.parseBoolean(notice.get("neighbours")));
  }

  List<String> audienceSets(Set<Audience> audience) {
    return audience.stream().sorted().map(subscriptions::audienceSet).toList();
  }

  /**
   * Stores in {@code dest} everyone in any of the areas who wants any of the audiences, using
   * {@code temp}-prefixed scratch keys; returns how many.
   */
  long storeRecipients(List<String> areaSets, List<String> audienceSets, String temp, String dest) {
    // Each scratch set expires from the moment it exists: a crash leaves nothing for good.
    String inAreas = temp + "a";
    String forWhom = temp + "w";
    writes.union(inAreas, leftovers, areaSets);
    writes.union(forWhom, leftovers, audienceSets);
    long total = writes.intersect(dest, leftovers, List.of(inAreas, forWhom));
    outbox.redis().delete(List.of(inAreas, forWhom));
    return total;
  }

  List<String> areaSets(List<Areas.Area> requested, boolean neighbours) {
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
    return List.copyOf(sets);
  }
}
