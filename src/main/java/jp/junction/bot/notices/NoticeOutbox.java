package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The durable outbox in Redis, built from hashes, lists and sorted sets with small Lua scripts (no
 * Streams consumer groups, so the embedded store works too). A notice is a hash {@code n:<id>}
 * waiting in sorted set {@code due}; when due its recipients become lists {@code b:<id>:<gen>:<i>}
 * of at most 500 ids, each with its retry key, queued in sorted set {@code ready}. Claiming an
 * entry moves its score to the end of a lease, so a crashed worker's entry comes back; deleting the
 * batch list is the once-only mark that a batch was counted.
 */
@Component
class NoticeOutbox {

  private static final RedisScript<String> CLAIM =
      RedisScript.of(
          """
          local m = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 1)
          if #m == 0 then return false end
          redis.call('ZADD', KEYS[1], ARGV[2], m[1])
          return m[1]
          """,
          String.class);

  /**
   * Claims the next ready batch for a lease and, in the same round trip, reads what sending it
   * needs: the notice's fields, the batch's retry key, its size and the ids still wanting it (in
   * one of the notice's area sets and one of its audience sets, as subscriptions stand now).
   */
  @SuppressWarnings("rawtypes")
  private static final RedisScript<List> CLAIM_BATCH =
      RedisScript.of(
"""
local m = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 1)
if #m == 0 then return false end
local member = m[1]
redis.call('ZADD', KEYS[1], ARGV[2], member)
local sep = string.find(member, ':[^:]*$')
local id = string.sub(member, 1, sep - 1)
local index = string.sub(member, sep + 1)
local f = redis.call('HMGET', ARGV[3] .. 'n:' .. id,
  'status', 'gen', 'silent', 'kind', 'event', 'text', 'targets')
local key = redis.call('HGET', ARGV[3] .. 'bm:' .. id, 'k' .. index)
local out = {member, f[1] or '', f[2] or '', f[3] or '', f[4] or '', f[5] or '',
  f[6] or '', key or '', '0'}
if f[1] ~= 'sending' or not f[2] then return out end
local ids = redis.call('LRANGE', ARGV[3] .. 'b:' .. id .. ':' .. f[2] .. ':' .. index, 0, -1)
out[9] = tostring(#ids)
local areas, audience, group = {}, {}, 1
for line in string.gmatch((f[7] or '') .. '\\n', '([^\\n]*)\\n') do
  if line == '' then group = 2
  elseif group == 1 then areas[#areas + 1] = line
  else audience[#audience + 1] = line end
end
for _, u in ipairs(ids) do
  local inArea = false
  for _, k in ipairs(areas) do
    if redis.call('SISMEMBER', k, u) == 1 then inArea = true break end
  end
  if inArea then
    for _, k in ipairs(audience) do
      if redis.call('SISMEMBER', k, u) == 1 then out[#out + 1] = u break end
    end
  end
end
return out
""",
          List.class);

  private static final RedisScript<Long> COMMIT =
      RedisScript.of(
          """
          if redis.call('HGET', KEYS[1], 'status') ~= 'scheduled' then return 0 end
          local n = tonumber(ARGV[3])
          local status = 'sending'
          if n == 0 then status = 'done' end
          redis.call('HSET', KEYS[1], 'status', status, 'gen', ARGV[2], 'batches', n,
            'recipients', ARGV[4], 'text', ARGV[5], 'targets', ARGV[6], 'done', 0)
          for i = 0, n - 1 do
            redis.call('HSET', KEYS[4], 'k' .. i, ARGV[8 + i])
            redis.call('ZADD', KEYS[3], ARGV[7], ARGV[1] .. ':' .. i)
          end
          redis.call('ZREM', KEYS[2], ARGV[1])
          return 1
          """,
          Long.class);

  private static final RedisScript<Long> ACK =
      RedisScript.of(
          """
          redis.call('ZREM', KEYS[2], ARGV[1])
          if redis.call('DEL', KEYS[3]) == 0 then return 0 end
          redis.call('HINCRBY', KEYS[1], 'delivered', ARGV[2])
          redis.call('HINCRBY', KEYS[1], 'failed', ARGV[3])
          redis.call('HINCRBY', KEYS[1], 'skipped', ARGV[4])
          local done = redis.call('HINCRBY', KEYS[1], 'done', 1)
          if done >= tonumber(redis.call('HGET', KEYS[1], 'batches'))
              and redis.call('HGET', KEYS[1], 'status') == 'sending' then
            redis.call('HSET', KEYS[1], 'status', 'done')
          end
          return 1
          """,
          Long.class);

  private static final RedisScript<Long> LATER =
      RedisScript.of(
          """
          if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
            return 1
          end
          return 0
          """,
          Long.class);

  private static final RedisScript<Long> CANCEL =
      RedisScript.of(
          """
          local s = redis.call('HGET', KEYS[1], 'status')
          if s == 'scheduled' then
            redis.call('HSET', KEYS[1], 'status', 'cancelled')
            redis.call('ZREM', KEYS[2], ARGV[1])
            return 0
          end
          if s ~= 'sending' then return -1 end
          redis.call('HSET', KEYS[1], 'status', 'cancelled')
          local n = tonumber(redis.call('HGET', KEYS[1], 'batches'))
          local gen = redis.call('HGET', KEYS[1], 'gen')
          local withdrawn = 0
          for i = 0, n - 1 do
            if redis.call('ZREM', KEYS[3], ARGV[1] .. ':' .. i) == 1 then
              local key = ARGV[2] .. 'b:' .. ARGV[1] .. ':' .. gen .. ':' .. i
              withdrawn = withdrawn + redis.call('LLEN', key)
              redis.call('DEL', key)
            end
          end
          redis.call('HINCRBY', KEYS[1], 'withdrawn', withdrawn)
          return withdrawn
          """,
          Long.class);

  private final StringRedisTemplate redis;
  private final String prefix;

  NoticeOutbox(StringRedisTemplate redis, NoticesSettings settings) {
    this.redis = redis;
    this.prefix = settings.keyPrefix();
  }

  String notice(String id) {
    return prefix + "n:" + id;
  }

  String due() {
    return prefix + "due";
  }

  String ready() {
    return prefix + "ready";
  }

  String retryKeys(String id) {
    return prefix + "bm:" + id;
  }

  String batch(String id, String gen, int index) {
    return prefix + "b:" + id + ":" + gen + ":" + index;
  }

  String eventNotices(String eventId) {
    return prefix + "ev:" + eventId;
  }

  String temp(String id, String gen, String part) {
    return prefix + "t:" + id + ":" + gen + ":" + part;
  }

  void schedule(String id, String eventId, Map<String, String> fields, long dueMillis) {
    redis.opsForHash().putAll(notice(id), fields);
    redis.opsForSet().add(eventNotices(eventId), id);
    redis.opsForZSet().add(due(), id, dueMillis);
  }

  Map<String, String> read(String id) {
    Map<String, String> out = new java.util.HashMap<>();
    redis.opsForHash().entries(notice(id)).forEach((k, v) -> out.put(k.toString(), v.toString()));
    return out;
  }

  List<String> noticesOf(String eventId) {
    return new ArrayList<>(redis.opsForSet().members(eventNotices(eventId)));
  }

  /** Takes the next due notice for a lease; empty when none is due. */
  Optional<String> claimDue(long now, long leaseUntil) {
    return claim(due(), now, leaseUntil);
  }

  private Optional<String> claim(String set, long now, long leaseUntil) {
    return Optional.ofNullable(
        redis.execute(CLAIM, List.of(set), Long.toString(now), Long.toString(leaseUntil)));
  }

  /** A claimed batch with everything needed to send it. */
  record ClaimedBatch(
      String member,
      String id,
      int index,
      String status,
      String gen,
      boolean silent,
      String kind,
      String event,
      String text,
      String retryKey,
      int size,
      List<String> wanted) {}

  /** Claims the next ready batch for a lease, with its notice and the ids still wanting it. */
  Optional<ClaimedBatch> claimBatchWithData(long now, long leaseUntil) {
    List<?> r =
        redis.execute(
            CLAIM_BATCH, List.of(ready()), Long.toString(now), Long.toString(leaseUntil), prefix);
    // Nothing ready: the script's false arrives as null, or as a list holding one null.
    if (r == null || r.isEmpty() || r.get(0) == null) {
      return Optional.empty();
    }
    String member = (String) r.get(0);
    int colon = member.lastIndexOf(':');
    List<String> wanted = new ArrayList<>();
    for (Object u : r.subList(9, r.size())) {
      wanted.add((String) u);
    }
    return Optional.of(
        new ClaimedBatch(
            member,
            member.substring(0, colon),
            Integer.parseInt(member.substring(colon + 1)),
            (String) r.get(1),
            (String) r.get(2),
            Boolean.parseBoolean((String) r.get(3)),
            (String) r.get(4),
            (String) r.get(5),
            (String) r.get(6),
            ((String) r.get(7)).isEmpty() ? null : (String) r.get(7),
            Integer.parseInt((String) r.get(8)),
            wanted));
  }

  /** Makes the snapshot visible: batches queued, the notice sending; false if it was cancelled. */
  boolean commit(
      String id,
      String gen,
      int batches,
      long recipients,
      String text,
      String targets,
      long now,
      List<String> retryKeys) {
    List<String> args =
        new ArrayList<>(
            List.of(
                id,
                gen,
                Integer.toString(batches),
                Long.toString(recipients),
                text,
                targets,
                Long.toString(now)));
    args.addAll(retryKeys);
    Long done =
        redis.execute(COMMIT, List.of(notice(id), due(), ready(), retryKeys(id)), args.toArray());
    return done != null && done == 1;
  }

  /** Records a batch's outcome once; false when another worker already did. */
  boolean ack(String id, String gen, int index, long delivered, long failed, long skipped) {
    Long counted =
        redis.execute(
            ACK,
            List.of(notice(id), ready(), batch(id, gen, index)),
            id + ":" + index,
            Long.toString(delivered),
            Long.toString(failed),
            Long.toString(skipped));
    return counted != null && counted == 1;
  }

  /** Puts a claimed entry back for later (retry, rate limit, quiet hours). */
  void later(String set, String member, long at) {
    redis.execute(LATER, List.of(set), member, Long.toString(at));
  }

  long cancel(String id) {
    Long withdrawn = redis.execute(CANCEL, List.of(notice(id), due(), ready()), id, prefix);
    return withdrawn == null ? -1 : withdrawn;
  }

  StringRedisTemplate redis() {
    return redis;
  }
}
