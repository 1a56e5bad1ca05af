package jp.junction.bot.webhook;

import com.linecorp.bot.webhook.model.Event;
import java.util.List;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.safety.SafetyGate;
import org.springframework.stereotype.Component;

/**
 * Tells, as a webhook arrives, whether any of its events says someone is in crisis, so that the
 * dispatcher can put it ahead of ordinary messages. Uses the safety gate's own screening, which
 * needs neither Redis nor the person's id (the handler screens again when it answers: the same pure
 * test on the same text, so the lane and the answer always agree).
 */
@Component
class CrisisTriage {

  private static final Person UNKNOWN = new Person(null, "triage");

  private final SafetyGate safety;

  CrisisTriage(SafetyGate safety) {
    this.safety = safety;
  }

  boolean urgent(List<Event> events) {
    for (Event event : events) {
      try {
        if (InboundTranslator.translate(event, UNKNOWN)
            .map(safety::screen)
            .filter(SafetyGate.Screening.Crisis.class::isInstance)
            .isPresent()) {
          return true;
        }
      } catch (RuntimeException e) {
        // A strange event is not urgent; the handler deals with it in the ordinary lane.
      }
    }
    return false;
  }
}
