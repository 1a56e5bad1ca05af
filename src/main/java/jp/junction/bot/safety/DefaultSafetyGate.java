package jp.junction.bot.safety;

import java.util.List;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/** Crisis first: a crisis message gets the crisis node from {@code dialogs/crisis.yml}. */
@Component
class DefaultSafetyGate implements SafetyGate {

  private final CrisisDetector crisis;
  private final ConversationEngine engine;

  DefaultSafetyGate(CrisisDetector crisis, ConversationEngine engine) {
    this.crisis = crisis;
    this.engine = engine;
  }

  @Override
  public Decision check(Inbound inbound) {
    if (inbound instanceof Inbound.Text text && crisis.isCrisis(text.text())) {
      List<OutgoingMessage> answer = engine.renderOccasion("crisis");
      return new Decision.Answer(answer, "crisis");
    }
    return new Decision.Proceed();
  }
}
