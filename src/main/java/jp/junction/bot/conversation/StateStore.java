package jp.junction.bot.conversation;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Conversation state in Redis: one hash per person ({@code jb:conv:<pseudonym>}), read once per
 * message and written once, with a TTL of minutes refreshed on every write.
 */
@Component
class StateStore {

  private static final Logger log = LoggerFactory.getLogger(StateStore.class);
  static final String PREFIX = "jb:conv:";

  private final StringRedisTemplate redis;
  private final Duration ttl;

  StateStore(StringRedisTemplate redis, ConversationSettings settings) {
    this.redis = redis;
    this.ttl = settings.stateTtl();
  }

  Session open(String pseudonym) {
    String key = PREFIX + pseudonym;
    try {
      Map<Object, Object> raw = redis.opsForHash().entries(key);
      Map<String, String> values = new HashMap<>();
      raw.forEach((k, v) -> values.put(k.toString(), v.toString()));
      return new Session(key, values, true);
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Conversation state unavailable: {}", e.getClass().getSimpleName());
      return new Session(key, new HashMap<>(), false);
    }
  }

  void save(Session session) {
    if (!session.available || (session.changed.isEmpty() && session.removed.isEmpty())) {
      return;
    }
    try {
      if (!session.removed.isEmpty()) {
        redis.opsForHash().delete(session.key, session.removed.toArray());
      }
      Map<String, String> changed = new HashMap<>();
      session.changed.forEach(k -> changed.put(k, session.values.get(k)));
      if (!changed.isEmpty()) {
        redis.opsForHash().putAll(session.key, changed);
      }
      redis.expire(session.key, ttl);
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Conversation state not saved: {}", e.getClass().getSimpleName());
    }
  }

  /** Deletes the person's state; true when there was some. */
  boolean erase(String pseudonym) {
    return Boolean.TRUE.equals(redis.delete(PREFIX + pseudonym));
  }

  /** One message's view of a person's state. */
  static final class Session implements ConversationState {
    private final String key;
    private final Map<String, String> values;
    private final boolean available;
    private final Set<String> changed = new HashSet<>();
    private final Set<String> removed = new HashSet<>();

    Session(String key, Map<String, String> values, boolean available) {
      this.key = key;
      this.values = values;
      this.available = available;
    }

    @Override
    public Optional<String> get(String name) {
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
      if (values.remove(name) != null || changed.contains(name)) {
        removed.add(name);
      }
      changed.remove(name);
    }

    @Override
    public boolean available() {
      return available;
    }
  }
}
