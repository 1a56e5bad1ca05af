package jp.junction.bot.privacy;

import java.time.Duration;

/**
 * Something the bot keeps for a set time that is not about one person (webhook event ids, daily
 * figures). The feature that keeps it is the bean, so the privacy notice names, as {@code
 * {kept.<name>}}, the very length that feature enforces. Data about a person says the same through
 * {@link jp.junction.bot.conversation.PersonalData#keptFor()}.
 */
public interface Retention {

  /** The notice's placeholder after {@code kept.}, e.g. {@code webhook.dedup}. */
  String retentionName();

  /** How long it is kept. */
  Duration retention();
}
