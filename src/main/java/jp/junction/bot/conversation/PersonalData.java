package jp.junction.bot.conversation;

import java.time.Duration;
import java.util.Optional;

/**
 * Something a feature keeps about a person. Every such feature registers one as a bean, so that
 * 「データを消して」 and unfollow erase everything, and the reply can say what was erased.
 */
public interface PersonalData {

  /** The {@code dialogs/} text that names this kind of data for the person (e.g. お知らせの登録). */
  TextKey textKey();

  /** Erases everything of this kind about the person; true when something was there. */
  boolean erase(Person person);

  /**
   * How long this data lasts by itself (a TTL), when it does; the privacy notice names it as {@code
   * {kept.<textKey().key()>}}. Empty for data kept until the person ends it (subscriptions).
   */
  default Optional<Duration> keptFor() {
    return Optional.empty();
  }
}
