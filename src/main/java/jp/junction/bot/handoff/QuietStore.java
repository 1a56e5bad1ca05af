package jp.junction.bot.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Who the bot is quiet for, by pseudonym: {@code <prefix>p:<pseudonym>} holds until when (epoch
 * ms), with a TTL a little longer so that the next message after the time ran out can hear that the
 * bot is back; {@code <prefix>waiting} scores the same pseudonyms by that time, so that staff can
 * see how many are waiting without seeing who. The time is the bean clock's, so a fixed clock
 * decides; Redis's own TTL only cleans up.
 */
@Component
class QuietStore implements PersonalData {

  private static final RedisScript<Long> HOLD =
      RedisScript.of(new ClassPathResource("redis/handoff-hold.lua"), Long.class);
  private static final RedisScript<Long> END =
      RedisScript.of(new ClassPathResource("redis/handoff-end.lua"), Long.class);

  /** Where a person stands. */
  sealed interface Standing {
    /** The bot answers as usual. */
    record Free() implements Standing {}

    /** The bot is quiet until {@code until}. */
    record Quiet(Instant until) implements Standing {}

    /** The bot was quiet, and that time ran out at {@code at}. */
    record Ended(Instant at) implements Standing {}
  }

  private final StringRedisTemplate redis;
  private final HandoffSettings settings;
  private final Clock clock;

  QuietStore(StringRedisTemplate redis, HandoffSettings settings, Clock clock) {
    this.redis = redis;
    this.settings = settings;
    this.clock = clock;
  }

  /** Quiet for {@code person} from now for the configured time (start or renew). */
  Instant hold(Person person) {
    Instant now = clock.instant();
    Instant until = now.plus(settings.quietFor());
    Duration keep = settings.quietFor().plus(settings.returnNoteWithin());
    redis.execute(
        HOLD,
        List.of(personKey(person), waitingKey()),
        Long.toString(until.toEpochMilli()),
        Long.toString(keep.toMillis()),
        person.pseudonym(),
        Long.toString(now.toEpochMilli()),
        Long.toString(settings.quietFor().toMillis()));
    return until;
  }

  Standing standing(Person person) {
    String value = redis.opsForValue().get(personKey(person));
    if (value == null) {
      return new Standing.Free();
    }
    Instant until;
    try {
      until = Instant.ofEpochMilli(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return new Standing.Free();
    }
    return until.isAfter(clock.instant()) ? new Standing.Quiet(until) : new Standing.Ended(until);
  }

  /** The bot is back for {@code person}; true when something was stored. */
  boolean end(Person person) {
    Long n = redis.execute(END, List.of(personKey(person), waitingKey()), person.pseudonym());
    return n != null && n > 0;
  }

  /** How many people the bot is quiet for now; nobody is named. */
  long waiting() {
    Long n =
        redis
            .opsForZSet()
            .count(waitingKey(), clock.instant().toEpochMilli() + 1, Double.POSITIVE_INFINITY);
    return n == null ? 0 : n;
  }

  @Override
  public TextKey textKey() {
    return HandoffTexts.DATA;
  }

  @Override
  public Optional<Duration> keptFor() {
    return Optional.of(settings.quietFor().plus(settings.returnNoteWithin()));
  }

  @Override
  public boolean erase(Person person) {
    return end(person);
  }

  private String personKey(Person person) {
    return settings.keyPrefix() + "p:" + person.pseudonym();
  }

  private String waitingKey() {
    return settings.keyPrefix() + "waiting";
  }
}
