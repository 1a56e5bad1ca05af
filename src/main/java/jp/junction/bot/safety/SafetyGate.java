package jp.junction.bot.safety;

import java.util.List;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.line.OutgoingMessage;

/**
 * Looks at every inbound event before the dialog engine: a crisis message is answered at once
 * (without Redis, never rate-limited); a person over the rate limit is told once, gently, then not
 * answered until the window passes.
 */
public interface SafetyGate {

  Decision check(Inbound inbound);

  /** What to do with an event. */
  sealed interface Decision {

    /** Let the dialog engine answer. */
    record Proceed() implements Decision {}

    /** Answer with these messages and stop (crisis, or the one rate-limit note). */
    record Answer(List<OutgoingMessage> messages, String reason) implements Decision {}

    /** Send nothing (rate limited, already told). */
    record Quiet() implements Decision {}
  }
}
