package jp.junction.bot.saved;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The places each person saved: {@code <prefix><pseudonym>} is a sorted set of resource ids scored
 * by when they were saved, with a TTL of {@code junction.saved.retention} set in the same step as
 * each save. Only ids are kept, never names or anything the person wrote; the details are looked up
 * when the list is shown.
 */
@Component
class SavedPlaces implements PersonalData {

  private static final RedisScript<Long> ADD =
      RedisScript.of(new ClassPathResource("redis/saved-add.lua"), Long.class);

  /** What a save did. */
  enum Saved {
    /** Newly kept. */
    ADDED,
    /** It was kept already: nothing changed but the retention, which starts again. */
    ALREADY,
    /** The person keeps as many as the limit allows: nothing changed. */
    FULL
  }

  private final StringRedisTemplate redis;
  private final SavedSettings settings;
  private final Clock clock;

  SavedPlaces(StringRedisTemplate redis, SavedSettings settings, Clock clock) {
    this.redis = redis;
    this.settings = settings;
    this.clock = clock;
  }

  Saved add(Person person, String resourceId) {
    Long result =
        redis.execute(
            ADD,
            List.of(key(person)),
            resourceId,
            Long.toString(clock.millis()),
            Integer.toString(settings.limit()),
            Long.toString(settings.retention().toMillis()));
    if (result == null || result < 0) {
      return Saved.FULL;
    }
    return result == 0 ? Saved.ALREADY : Saved.ADDED;
  }

  /** The ids saved, the newest first. */
  List<String> list(Person person) {
    Set<String> ids = redis.opsForZSet().reverseRange(key(person), 0, -1);
    return ids == null ? List.of() : List.copyOf(ids);
  }

  /** Removes one; true when it was there. */
  boolean remove(Person person, String resourceId) {
    Long n = redis.opsForZSet().remove(key(person), resourceId);
    return n != null && n > 0;
  }

  int limit() {
    return settings.limit();
  }

  @Override
  public TextKey textKey() {
    return SavedTexts.DATA;
  }

  @Override
  public Optional<Duration> keptFor() {
    return Optional.of(settings.retention());
  }

  /** Removes them all; also 「すべて外す」. */
  @Override
  public boolean erase(Person person) {
    return Boolean.TRUE.equals(redis.delete(key(person)));
  }

  private String key(Person person) {
    return settings.keyPrefix() + person.pseudonym();
  }
}
