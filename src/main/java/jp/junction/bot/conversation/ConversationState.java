package jp.junction.bot.conversation;

import java.util.Optional;

/**
 * A person's short-lived conversation state (what the bot asked last, the last search), kept in
 * Redis under their pseudonym with a TTL of minutes. When Redis is unavailable, reads are empty,
 * writes are dropped and {@link #available()} is false, so features can say kindly that they cannot
 * remember right now.
 */
public interface ConversationState {

  Optional<String> get(String key);

  void put(String key, String value);

  void remove(String key);

  /** Whether the store could be read for this message. */
  boolean available();
}
