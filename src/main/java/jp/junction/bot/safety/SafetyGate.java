package jp.junction.bot.safety;

import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.line.OutgoingMessage;

/**
 * Looks at every inbound event before the dialog engine: a crisis message is answered at once
 * (without Redis, never rate-limited); a person over the rate limit is told once, gently, then not
 * answered until the window passes.
 */
public interface SafetyGate {

  /** Crisis first, then the rate limit; the one call the webhook needs for a one-to-one event. */
  Decision check(Inbound inbound);

  /**
   * The crisis answer when {@code inbound} is a crisis message, decided without touching Redis, so
   * a caller can answer it before anything that needs the store (such as de-duplication).
   */
  Optional<Decision.Answer> crisis(Inbound inbound);

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
