package jp.junction.bot.handoff;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.system.JapanTime;

/** The real {@code dialogs/}, settings as an organisation would write them, and a clock to move. */
final class HandoffFixture {

  static final DialogContent CONTENT =
      new DialogContent(
          new ConversationSettings(
              Path.of("dialogs"), Duration.ofMinutes(30), "search", "search.location"));

  /** Wednesday 2 December 2026, 14:00 in Japan: staff answer (weekdays 10:00–17:00). */
  static final ZonedDateTime WEDNESDAY_2PM =
      ZonedDateTime.of(2026, 12, 2, 14, 0, 0, 0, JapanTime.ZONE);

  private HandoffFixture() {}

  /** The staff chat on, weekdays 10:00–12:00 and 13:00–17:00, quiet for 60 minutes. */
  static HandoffSettings on(String keyPrefix) {
    return new HandoffSettings(
        true,
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY),
        List.of("10:00-12:00", "13:00-17:00"),
        Duration.ofMinutes(60),
        Duration.ofHours(2),
        keyPrefix);
  }

  /** A clock a test moves by hand. */
  static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(ZonedDateTime start) {
      this.now = start.toInstant();
    }

    void set(ZonedDateTime at) {
      now = at.toInstant();
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return JapanTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
