package jp.junction.bot.webhook;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Occasion;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.system.JapanTime;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Groups and rooms: the bot talks one to one, so a message in a group gets a short note saying so
 * (the {@code group} occasion), at most once a day per group however much is said there. A crisis
 * message in a group is answered before this, like anywhere else.
 */
@Component
class GroupNote {

  static final String PREFIX = EventDeduplicator.PREFIX + "group:";

  private final EventDeduplicator dedup;
  private final ConversationEngine engine;
  private final StringRedisTemplate redis;
  private final Clock clock;

  GroupNote(
      EventDeduplicator dedup, ConversationEngine engine, StringRedisTemplate redis, Clock clock) {
    this.dedup = dedup;
    this.engine = engine;
    this.redis = redis;
    this.clock = clock;
  }

  /** The group's or room's id when the event happened in one. */
  static Optional<String> groupOrRoom(Event event) {
    if (event.source() instanceof GroupSource group) {
      return Optional.ofNullable(group.groupId());
    }
    if (event.source() instanceof RoomSource room) {
      return Optional.ofNullable(room.roomId());
    }
    return Optional.empty();
  }

  /** The note for a message in {@code group} (known by its pseudonym), or nothing. */
  List<OutgoingMessage> answer(Event event, Person group) {
    if (event instanceof MessageEvent && dedup.firstTime(event) && firstTimeToday(group)) {
      return engine.renderOccasion(Occasion.GROUP);
    }
    return List.of();
  }

  /** True the first time today; false when Redis is unreachable (at most once, not at least). */
  private boolean firstTimeToday(Person group) {
    String key = PREFIX + group.pseudonym() + ":" + JapanTime.today(clock);
    try {
      return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, "1", Duration.ofDays(1)));
    } catch (DataAccessException | IllegalStateException e) {
      return false;
    }
  }
}
