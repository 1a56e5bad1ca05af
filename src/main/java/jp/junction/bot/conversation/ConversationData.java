package jp.junction.bot.conversation;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The short-lived conversation state, as personal data that can be erased. */
@Component
class ConversationData implements PersonalData {

  private final StateStore states;
  private final Duration ttl;

  ConversationData(StateStore states, ConversationSettings settings) {
    this.states = states;
    this.ttl = settings.stateTtl();
  }

  @Override
  public TextKey textKey() {
    return ConversationTexts.DATA_NAME;
  }

  @Override
  public Optional<Duration> keptFor() {
    return Optional.of(ttl);
  }

  @Override
  public boolean erase(Person person) {
    return states.erase(person.pseudonym());
  }
}
