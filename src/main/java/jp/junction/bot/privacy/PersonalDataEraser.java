package jp.junction.bot.privacy;

import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Erases everything every feature keeps about a person, and says what was there. */
@Component
class PersonalDataEraser {

  private static final Logger log = LoggerFactory.getLogger(PersonalDataEraser.class);

  private final List<PersonalData> kinds;

  PersonalDataEraser(List<PersonalData> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** The texts that name each kind of kept data (for the startup check). */
  List<TextKey> textKeys() {
    return kinds.stream().map(PersonalData::textKey).toList();
  }

  /** Tries every kind, even when one fails, so that one store being down erases the rest. */
  Result eraseAll(Person person) {
    List<TextKey> erased = new ArrayList<>();
    List<TextKey> failed = new ArrayList<>();
    for (PersonalData kind : kinds) {
      try {
        if (kind.erase(person)) {
          erased.add(kind.textKey());
        }
      } catch (RuntimeException e) {
        log.warn(
            "Could not erase {} for {}: {}",
            kind.textKey().key(),
            person,
            e.getClass().getSimpleName());
        failed.add(kind.textKey());
      }
    }
    return new Result(List.copyOf(erased), List.copyOf(failed));
  }

  /** What was erased and what could not be, as the texts that name them. */
  record Result(List<TextKey> erased, List<TextKey> failed) {}
}
