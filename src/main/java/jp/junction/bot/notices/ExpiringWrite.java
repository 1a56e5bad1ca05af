package jp.junction.bot.notices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Writes a key about people together with its expiry, in one script: a crash, a killed worker or a
 * lost connection between the two can never leave a key holding ids or pseudonyms without a TTL.
 * The written key comes first in KEYS and every other key the command reads follows it.
 */
@Component
class ExpiringWrite {

  private static final RedisScript<Long> SCRIPT =
      RedisScript.of(new ClassPathResource("redis/expiring-write.lua"), Long.class);

  private final StringRedisTemplate redis;

  ExpiringWrite(StringRedisTemplate redis) {
    this.redis = redis;
  }

  /** SADD; the number of members that were new. */
  long add(String set, Duration ttl, Collection<String> members) {
    return run("SADD", List.of(set), ttl, members);
  }

  /** RPUSH; the list's new length. */
  long push(String list, Duration ttl, Collection<String> values) {
    return run("RPUSH", List.of(list), ttl, values);
  }

  /** HSET of every field; how many were new. */
  long put(String hash, Duration ttl, java.util.Map<String, String> fields) {
    List<String> args = new ArrayList<>();
    fields.forEach(
        (k, v) -> {
          args.add(k);
          args.add(v);
        });
    return run("HSET", List.of(hash), ttl, args);
  }

  /** HINCRBY; the field's new value. */
  long increment(String hash, Duration ttl, String field) {
    return run("HINCRBY", List.of(hash), ttl, List.of(field, "1"));
  }

  /** SUNIONSTORE into {@code dest}; how many it holds. */
  long union(String dest, Duration ttl, Collection<String> sources) {
    return run("SUNIONSTORE", keys(dest, sources), ttl, List.of());
  }

  /** SINTERSTORE into {@code dest}; how many it holds. */
  long intersect(String dest, Duration ttl, Collection<String> sources) {
    return run("SINTERSTORE", keys(dest, sources), ttl, List.of());
  }

  private static List<String> keys(String dest, Collection<String> sources) {
    List<String> keys = new ArrayList<>(sources.size() + 1);
    keys.add(dest);
    keys.addAll(sources);
    return keys;
  }

  private long run(String command, List<String> keys, Duration ttl, Collection<String> rest) {
    if (ttl.toMillis() <= 0) {
      throw new IllegalArgumentException("a TTL must be positive: " + ttl);
    }
    List<String> args = new ArrayList<>(rest.size() + 2);
    args.add(command);
    args.add(Long.toString(ttl.toMillis()));
    args.addAll(rest);
    Long result = redis.execute(SCRIPT, keys, args.toArray());
    return result == null ? 0 : result;
  }
}
