package jp.junction.bot.simulator;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every chat of the page, in memory and bounded: at most {@code maxUsers} chats (the least recently
 * used is forgotten) of at most {@code messagesPerUser} entries each. Indexes keep counting when
 * old entries are dropped, so a page polling "after N" never sees an entry twice.
 */
final class Transcripts {

  private final String session = UUID.randomUUID().toString();
  private final int messagesPerUser;
  private final Clock clock;
  private final Map<String, Transcript> byUser;

  Transcripts(SimulatorSettings settings, Clock clock) {
    this.messagesPerUser = settings.messagesPerUser();
    this.clock = clock;
    int maxUsers = settings.maxUsers();
    this.byUser =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Transcript> eldest) {
            return size() > maxUsers;
          }
        };
  }

  synchronized ChatEntry append(String userId, String from, String via, ChatMessage message) {
    Transcript transcript = byUser.computeIfAbsent(userId, id -> new Transcript());
    ChatEntry entry = new ChatEntry(transcript.next++, from, via, clock.millis(), message);
    transcript.entries.addLast(entry);
    if (transcript.entries.size() > messagesPerUser) {
      transcript.entries.removeFirst();
    }
    return entry;
  }

  /** Entries with an index above {@code after}, oldest first; empty for an unknown chat. */
  synchronized List<ChatEntry> after(String userId, long after) {
    Transcript transcript = byUser.get(userId);
    if (transcript == null) {
      return List.of();
    }
    return transcript.entries.stream().filter(entry -> entry.index() > after).toList();
  }

  /**
   * Names this store: it changes when the application restarts and every chat starts from index 0
   * again, so that a page left open can tell and start over.
   */
  String session() {
    return session;
  }

  synchronized int chats() {
    return byUser.size();
  }

  private static final class Transcript {
    private final Deque<ChatEntry> entries = new ArrayDeque<>();
    private long next;
  }
}
