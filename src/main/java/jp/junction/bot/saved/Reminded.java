package jp.junction.bot.saved;

import java.time.LocalDate;

/**
 * What a reminder shows again: a saved place, or an event on the day of the meeting the person was
 * shown (a repeating event meets on many days; the reminder is for that one).
 */
sealed interface Reminded {

  /** The id of the place or of the event. */
  String id();

  /** A saved place (also every reminder stored before events could be reminded). */
  record Place(String id) implements Reminded {}

  /** An event, for its meeting on {@code day} (Japan time). */
  record Event(String id, LocalDate day) implements Reminded {}
}
