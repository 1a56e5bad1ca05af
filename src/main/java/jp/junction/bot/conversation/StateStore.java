package jp.junction.bot.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Conversation state in Redis: one hash per person ({@code jb:conv:<pseudonym>}) with a TTL of
 * minutes refreshed on every write. Each message costs at most two round trips: the hash is read
 * only when something asks for a value (a tap onto a dialog node never does), and what changed is
 * written in one script, nothing at all when nothing changed.
 */
@Component
class StateStore {

  private static final Logger log = LoggerFactory.getLogger(StateStore.class);
  static final String PREFIX = "jb:conv:";

  /** Deletions and writes of one message, and the TTL started again, in one round trip. */
  private static final RedisScript<Long> SAVE =
      RedisScript.of(new ClassPathResource("redis/state-save.lua"), Long.class);

  private final StringRedisTemplate redis;
  private final Duration ttl;

  StateStore(StringRedisTemplate redis, ConversationSettings settings) {
    this.redis = redis;
    this.ttl = settings.stateTtl();
  }

  /** The person's state for one message; Redis is read on the first question asked of it. */
  Session open(String pseudonym) {
    return new Session(PREFIX + pseudonym, this);
  }

  void save(Session session) {
    if (session.unavailable() || (session.changed.isEmpty() && session.removed.isEmpty())) {
      return;
    }
    List<String> args = new ArrayList<>();
    args.add(Long.toString(ttl.toMillis()));
    args.add(Integer.toString(session.removed.size()));
    args.addAll(session.removed);
    session.changed.forEach(
        name -> {
          args.add(name);
          args.add(session.values.get(name));
        });
    try {
      redis.execute(SAVE, List.of(session.key), args.toArray());
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Conversation state not saved: {}", e.getClass().getSimpleName());
    }
  }

  /** Deletes the person's state; true when there was some. */
  boolean erase(String pseudonym) {
    return Boolean.TRUE.equals(redis.delete(PREFIX + pseudonym));
  }

  /** The stored fields, or empty when Redis cannot be read. */
  private Optional<Map<String, String>> read(String key) {
    try {
      Map<String, String> values = new HashMap<>();
      redis.opsForHash().entries(key).forEach((k, v) -> values.put(k.toString(), v.toString()));
      return Optional.of(values);
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Conversation state unavailable: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /**
   * One message's view of a person's state. Until it is read, a removal is recorded blindly (the
   * save script deletes the field if it is there); once read, it overlays the stored values.
   */
  static final class Session implements ConversationState {
    private final String key;
    private final StateStore store;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> changed = new HashSet<>();
    private final Set<String> removed = new HashSet<>();
    private boolean read;
    private boolean available = true;

    private Session(String key, StateStore store) {
      this.key = key;
      this.store = store;
    }

    @Override
    public Optional<String> get(String name) {
      readOnce();
      return Optional.ofNullable(values.get(name));
    }

    @Override
    public void put(String name, String value) {
      values.put(name, value);
      changed.add(name);
      removed.remove(name);
    }

    @Override
    public void remove(String name) {
      boolean had = values.remove(name) != null;
      if (!read || had || changed.contains(name)) {
        removed.add(name);
      }
      changed.remove(name);
    }

    @Override
    public boolean available() {
      readOnce();
      return available;
    }

    private boolean unavailable() {
      return read && !available;
    }

    private void readOnce() {
      if (read) {
        return;
      }
      read = true;
      Optional<Map<String, String>> stored = store.read(key);
      if (stored.isEmpty()) {
        available = false;
        return;
      }
      Map<String, String> merged = new HashMap<>(stored.get());
      merged.keySet().removeAll(removed);
      changed.forEach(name -> merged.put(name, values.get(name)));
      // A blind removal of a field that is not stored has nothing to delete.
      removed.removeIf(name -> !stored.get().containsKey(name));
      values.clear();
      values.putAll(merged);
    }
  }
}
