package jp.junction.bot.guide;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import jp.junction.bot.conversation.Language;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.search.SearchResult;
import org.springframework.stereotype.Component;

/**
 * Answers to repeated questions, kept for a few minutes: when many people ask 「ひきこもり 相談」 at once,
 * the search and the cards are made once. Nothing here belongs to a person: the key is a SHA-256
 * digest of the question (no text is kept), questions with a location are never kept, and a data
 * reload (a new search generation) drops every answer.
 */
@Component
class AnswerCache {

  /**
   * A finished answer, with what the search understood and whether it found something of the kind
   * in the place asked without widening (for the anonymous statistics), and where its next page
   * starts (-1: this was the last).
   */
  record Answer(
      List<OutgoingMessage> messages,
      SearchResult.Understanding understanding,
      boolean foundLocally,
      int next) {}

  /**
   * Cards say whether a place is open now, so an answer is kept only within one quarter of an hour
   * of the clock (hours start on the quarter: 8:30, 8:45, 13:00): a mark is never stale.
   */
  static final long SLOT_SECONDS = 15 * 60;

  private record Key(
      long high, long low, int offset, long generation, long slot, Language language) {}

  private final ResourceSearch search;
  private final Cache<Key, Answer> answers;
  private final boolean enabled;
  private volatile long lastGeneration;

  private final Clock clock;

  AnswerCache(ResourceSearch search, GuideSettings settings, Clock clock) {
    this.search = search;
    this.clock = clock;
    this.enabled = settings.answerCacheSize() > 0;
    this.answers =
        Caffeine.newBuilder()
            .maximumSize(settings.answerCacheSize())
            .expireAfterWrite(settings.answerCacheTtl())
            .build();
    this.lastGeneration = search.generation();
  }

  /**
   * The kept answer to {@code question} in {@code language}, or the one {@code make} writes now
   * (once, even when many ask at the same moment).
   */
  Answer get(Question question, Language language, Function<Question, Answer> make) {
    if (!enabled || question.latitude() != null || question.longitude() != null) {
      return make.apply(question);
    }
    long generation = search.generation();
    if (generation != lastGeneration) {
      // Answers from older data are never read again (the generation is part of the key); this
      // only frees their memory sooner.
      lastGeneration = generation;
      answers.invalidateAll();
    }
    return answers.get(key(question, generation, language), k -> make.apply(question));
  }

  private Key key(Question question, long generation, Language language) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(question.searchText().getBytes(StandardCharsets.UTF_8));
      ByteBuffer bytes = ByteBuffer.wrap(digest);
      return new Key(
          bytes.getLong(),
          bytes.getLong(),
          question.offset(),
          generation,
          clock.instant().getEpochSecond() / SLOT_SECONDS,
          language);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
