package jp.junction.bot.conversation;

import org.springframework.stereotype.Component;

/** The short-lived conversation state, as personal data that can be erased. */
@Component
class ConversationData implements PersonalData {

  private final StateStore states;

  ConversationData(StateStore states) {
    this.states = states;
  }

  @Override
  public String textKey() {
    return "privacy.data.conversation";
  }

  @Override
  public boolean erase(Person person) {
    return states.erase(person.pseudonym());
  }
}
