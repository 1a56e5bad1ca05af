package jp.junction.bot.notices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The durable outbox in Redis and the only class that touches its keys. A notice is a hash {@code
 * n:<id>} waiting in sorted set {@code due}; when due its recipients become lists {@code
 * b:<id>:<gen>:<i>} of at most 500 ids, each with its retry key, queued in sorted set {@code
 * ready}. Claiming an entry moves its score to the end of a lease, so a crashed worker's entry
 * comes back; deleting the batch list is the once-only mark that a batch was counted. Every key
 * carries the hash tag {@code {outbox}}, so the scripts (in {@code redis/}, each given all its
 * keys) run in one slot of a Redis Cluster; no Streams consumer groups, so the embedded store works
 * too.
 */
@Component
class NoticeOutbox {

  private static final RedisScript<String> CLAIM = script("claim", String.class);
  private static final RedisScript<Long> LATER = script("later", Long.class);
  private static final RedisScript<Long> BATCH = script("notice-batch", Long.class);
  private static final RedisScript<Long> COMMIT = script("notice-commit", Long.class);
  private static final RedisScript<Long> ACK = script("notice-ack", Long.class);
  private static final RedisScript<Long> CANCEL = script("notice-cancel", Long.class);
  private static final long CHANGED_MEANWHILE = -2;

  /** A claimed batch: its notice as it stands, its retry key (null if lost) and its ids. */
  record ClaimedBatch(
      String member, int index, NoticeRecord notice, String retryKey, List<String> ids) {}

  private final StringRedisTemplate redis;
  private final NoticeHash hash;
  private final String keys;

  NoticeOutbox(StringRedisTemplate redis, NoticeHash hash, NoticesSettings settings) {
    this.redis = redis;
    this.hash = hash;
    this.keys = settings.keyPrefix() + "{outbox}:";
  }

  private static <T> RedisScript<T> script(String name, Class<T> type) {
    return RedisScript.of(new ClassPathResource("redis/" + name + ".lua"), type);
  }

  private String notice(String id) {
    return keys + "n:" + id;
  }

  private String due() {
    return keys + "due";
  }

  private String ready() {
    return keys + "ready";
  }

  private String retryKeys(String id) {
    return keys + "bm:" + id;
  }

  private String batch(String id, String gen, int index) {
    return keys + "b:" + id + ":" + gen + ":" + index;
  }

  private String eventNotices(String eventId) {
    return keys + "ev:" + eventId;
  }

  void schedule(NoticeRecord notice) {
    redis.opsForHash().putAll(notice(notice.id()), hash.write(notice));
    redis.opsForSet().add(eventNotices(notice.eventId()), notice.id());
    redis.opsForZSet().add(due(), notice.id(), notice.sendAt().toEpochMilli());
  }

  Optional<NoticeRecord> read(String id) {
    Map<String, String> fields = new HashMap<>();
    redis
        .opsForHash()
        .entries(notice(id))
        .forEach((k, v) -> fields.put(k.toString(), v.toString()));
    return fields.isEmpty() ? Optional.empty() : Optional.of(hash.read(id, fields));
  }

  List<String> noticesOf(String eventId) {
    Set<String> ids = redis.opsForSet().members(eventNotices(eventId));
    return ids == null ? List.of() : new ArrayList<>(ids);
  }

  /** Takes the next due notice for a lease; empty when none is due. */
  Optional<String> claimDue(long now, long leaseUntil) {
    return claim(due(), now, leaseUntil);
  }

  /** A due notice that will not go out (unknown, cancelled, its event gone) leaves the queue. */
  void dropDue(String id) {
    redis.opsForZSet().remove(due(), id);
  }

  private Optional<String> claim(String set, long now, long leaseUntil) {
    return Optional.ofNullable(
        redis.execute(CLAIM, List.of(set), Long.toString(now), Long.toString(leaseUntil)));
  }

  /** Writes batch {@code index} of a snapshot, kept for {@code ttl} unless committed and sent. */
  void writeBatch(String id, String gen, int index, List<String> ids, Duration ttl) {
    List<String> args = new ArrayList<>(ids.size() + 1);
    args.add(Long.toString(ttl.toMillis()));
    args.addAll(ids);
    redis.execute(BATCH, List.of(batch(id, gen, index)), args.toArray());
  }

  /** Claims the next ready batch for a lease, with its notice, retry key and ids. */
  Optional<ClaimedBatch> claimBatch(long now, long leaseUntil) {
    Optional<String> claimed = claim(ready(), now, leaseUntil);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    String member = claimed.get();
    int colon = member.lastIndexOf(':');
    String id = member.substring(0, colon);
    int index = Integer.parseInt(member.substring(colon + 1));
    Optional<NoticeRecord> notice = read(id);
    if (notice.isEmpty() || notice.get().gen().isEmpty()) {
      return Optional.of(new ClaimedBatch(member, index, notice.orElse(null), null, List.of()));
    }
    Object key = redis.opsForHash().get(retryKeys(id), "k" + index);
    List<String> ids = redis.opsForList().range(batch(id, notice.get().gen(), index), 0, -1);
    return Optional.of(
        new ClaimedBatch(
            member,
            index,
            notice.get(),
            key == null ? null : key.toString(),
            ids == null ? List.of() : ids));
  }

  /** A ready batch that will not go out (cancelled, or counted by another worker) leaves. */
  void dropReady(String member) {
    redis.opsForZSet().remove(ready(), member);
  }

  /** Makes the snapshot visible: batches queued, the notice sending; false if it was cancelled. */
  boolean commit(
      String id,
      String gen,
      long recipients,
      String text,
      SubscriberSets.Targets targets,
      long now,
      List<String> batchRetryKeys) {
    List<String> args =
        new ArrayList<>(
            List.of(
                id,
                NoticeState.SCHEDULED.code(),
                NoticeState.SENDING.code(),
                NoticeState.DONE.code(),
                gen,
                Integer.toString(batchRetryKeys.size()),
                Long.toString(recipients),
                text,
                hash.targets(targets),
                Long.toString(now)));
    args.addAll(batchRetryKeys);
    Long done =
        redis.execute(COMMIT, List.of(notice(id), due(), ready(), retryKeys(id)), args.toArray());
    return done != null && done == 1;
  }

  /** Records a batch's outcome once; false when another worker already did. */
  boolean ack(ClaimedBatch b, long delivered, long failed, long skipped) {
    Long counted =
        redis.execute(
            ACK,
            List.of(
                notice(b.notice().id()),
                ready(),
                batch(b.notice().id(), b.notice().gen(), b.index())),
            b.member(),
            Long.toString(delivered),
            Long.toString(failed),
            Long.toString(skipped),
            NoticeState.SENDING.code(),
            NoticeState.DONE.code());
    return counted != null && counted == 1;
  }

  /** Puts a claimed batch back for later (retry, rate limit, quiet hours). */
  void later(ClaimedBatch b, long at) {
    redis.execute(LATER, List.of(ready()), b.member(), Long.toString(at));
  }

  /**
   * Brings the notice's batches still waiting in the ready schedule forward to {@code at} (a batch
   * held for a refused channel token, once staff fixed it); how many.
   */
  int bringForward(NoticeRecord notice, long at) {
    int moved = 0;
    for (int i = 0; i < notice.batches(); i++) {
      Long n = redis.execute(LATER, List.of(ready()), notice.id() + ":" + i, Long.toString(at));
      moved += n != null && n > 0 ? 1 : 0;
    }
    return moved;
  }

  /** Counts one more attempt of a batch; returns how many so far. */
  long attempt(ClaimedBatch b) {
    return redis.opsForHash().increment(retryKeys(b.notice().id()), "a" + b.index(), 1);
  }

  /**
   * Cancels a notice and withdraws its batches that have not gone out; returns how many recipients
   * were withdrawn, or -1 when it was already done or cancelled (or is unknown).
   */
  long cancel(String id) {
    while (true) {
      Optional<NoticeRecord> notice = read(id);
      if (notice.isEmpty()) {
        return -1;
      }
      NoticeRecord n = notice.get();
      List<String> touched = new ArrayList<>(List.of(notice(id), due(), ready()));
      if (n.state() == NoticeState.SENDING) {
        for (int i = 0; i < n.batches(); i++) {
          touched.add(batch(id, n.gen(), i));
        }
      }
      Long withdrawn =
          redis.execute(
              CANCEL,
              touched,
              id,
              NoticeState.SCHEDULED.code(),
              NoticeState.SENDING.code(),
              NoticeState.CANCELLED.code(),
              n.state() == NoticeState.SENDING ? n.gen() : "");
      if (withdrawn == null) {
        return -1;
      }
      if (withdrawn != CHANGED_MEANWHILE) {
        return withdrawn;
      }
    }
  }
}
