package jp.junction.bot.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Moves keys of an earlier layout to their new names at start-up ({@code redis/key-rename.lua}):
 * one atomic step per key, RENAME (keeping the TTL) when the new name is free, a merge when it is
 * not (a half-done upgrade, two instances starting at once, or the new version already writing).
 * Running it again finds nothing to move. Earlier layouts ran on a single Redis only: on a Redis
 * Cluster there is nothing to move, and a rename there could cross slots, so it is not tried.
 */
@Component
public class KeyRename {

  private static final RedisScript<Long> SCRIPT =
      RedisScript.of(new ClassPathResource("redis/key-rename.lua"), Long.class);

  private final StringRedisTemplate redis;

  KeyRename(StringRedisTemplate redis) {
    this.redis = redis;
  }

  /** What to do when the new name already holds a key. */
  public enum Merge {
    /** Counters of both are added up (statistics counted by both versions). */
    SUM("sum"),
    /** The new key stands; only members and fields it lacks come from the old one. */
    KEEP("keep");

    private final String code;

    Merge(String code) {
      this.code = code;
    }
  }

  /** How many keys were renamed and how many merged into a key already there. */
  public record Moved(int renamed, int merged) {
    public static final Moved NONE = new Moved(0, 0);

    public Moved plus(Moved other) {
      return new Moved(renamed + other.renamed, merged + other.merged);
    }

    public int total() {
      return renamed + merged;
    }
  }

  /** Whether Redis is a cluster, where no earlier layout exists. */
  public boolean cluster() {
    return Boolean.TRUE.equals(
        redis.execute((RedisCallback<Boolean>) c -> c instanceof RedisClusterConnection));
  }

  /**
   * Moves every key matching {@code pattern} (a SCAN glob) that {@code rename} gives a new name
   * (null leaves a key where it is); the new names of those moved, in the order found.
   */
  public Moved moveAll(String pattern, UnaryOperator<String> rename, Merge merge, List<String> to) {
    List<String> found = new ArrayList<>();
    try (Cursor<String> keys =
        redis.scan(ScanOptions.scanOptions().match(pattern).count(500).build())) {
      keys.forEachRemaining(found::add);
    }
    Moved moved = Moved.NONE;
    for (String key : found) {
      String target = rename.apply(key);
      if (target != null && !target.equals(key)) {
        moved = moved.plus(move(key, target, merge));
        to.add(target);
      }
    }
    return moved;
  }

  /** Moves one key; nothing when it is not there (another instance may have just moved it). */
  public Moved move(String from, String to, Merge merge) {
    Long r = redis.execute(SCRIPT, List.of(from, to), merge.code);
    if (r == null || r == 0) {
      return Moved.NONE;
    }
    return r == 1 ? new Moved(1, 0) : new Moved(0, 1);
  }

  /** Deletes every key matching {@code pattern}; how many. */
  public int deleteAll(String pattern) {
    List<String> found = new ArrayList<>();
    try (Cursor<String> keys =
        redis.scan(ScanOptions.scanOptions().match(pattern).count(500).build())) {
      keys.forEachRemaining(found::add);
    }
    return found.isEmpty() ? 0 : redis.delete(found).intValue();
  }
}
