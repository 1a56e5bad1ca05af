package jp.junction.bot.conversation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The special moments a dialog node can be {@code on:}, each named by the code that needs it. The
 * bot does not start without a node for a required one.
 */
public enum Occasion {
  /** Someone added the bot as a friend: the greeting. */
  FOLLOW("follow", true),
  /** Anything the bot cannot place; always offers a way on. */
  FALLBACK("fallback", true),
  /** A message of a kind the bot does not read (sticker, image, ...); the fallback when absent. */
  OTHER("other", false),
  /** A message in a group or room: the bot talks one to one. */
  GROUP("group", true),
  /** A feature failed; the fallback when absent. */
  UNAVAILABLE("unavailable", false),
  /** A message that says someone may want to die (required by safety at startup). */
  CRISIS("crisis", false),
  /** A crisis told about someone else: the crisis answer for a family member or supporter. */
  CRISIS_FOR_OTHER("crisis_other", false),
  /**
   * The short note with the 24-hour lines sent after the answer to a message about suicide that is
   * not a crisis (a bereaved family, a supporter asking for training; required by safety).
   */
  CRISIS_BESIDE("crisis_beside", false),
  /** The one note to someone over the rate limit (required by safety at startup). */
  RATE_LIMITED("rate_limited", false);

  private final String key;
  private final boolean required;

  Occasion(String key, boolean required) {
    this.key = key;
    this.required = required;
  }

  /** The name written in a node's {@code on:} list. */
  public String key() {
    return key;
  }

  /** Whether the dialog engine itself cannot run without a node for this occasion. */
  boolean required() {
    return required;
  }

  static Optional<Occasion> of(String key) {
    return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
  }
}
