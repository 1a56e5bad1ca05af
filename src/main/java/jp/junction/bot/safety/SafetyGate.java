package jp.junction.bot.safety;

import java.util.List;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.line.OutgoingMessage;

/**
 * Looks at every inbound event before the dialog engine, in two steps the webhook takes in order:
 * {@link #screen} decides once, without Redis, whether the event is a crisis message to answer at
 * once; {@link #pace} applies the rate limit to what is not (a person over the limit is told once,
 * gently, then not answered until the window passes).
 */
public interface SafetyGate {

  /**
   * The one crisis decision for an event. It touches no store and is never rate-limited, so the
   * caller can answer a {@link Screening.Crisis} before anything that needs Redis (de-duplication,
   * conversation state).
   */
  Screening screen(Inbound inbound);

  /**
   * The rate limit for an event screening found clear. Taking the {@link Screening.Clear} (not the
   * event) means a crisis message can never be counted or limited. Follow, unfollow and unsend
   * always proceed (erasure must always happen).
   */
  Pace pace(Screening.Clear clear);

  /** Whether an event is a crisis message. */
  sealed interface Screening {

    Inbound inbound();

    /** Someone may want to die or hurt themselves: send {@code answer} now, whatever else fails. */
    record Crisis(Inbound inbound, List<OutgoingMessage> answer) implements Screening {}

    /**
     * Not a crisis: go on (de-duplication, then {@link SafetyGate#pace}, then the dialogs). {@code
     * beside} is empty, or, for a message about suicide that is not the writer's own crisis (a
     * bereaved family looking for a group, a supporter looking for training), a short note with the
     * 24-hour lines to send after the answer.
     */
    record Clear(Inbound inbound, List<OutgoingMessage> beside) implements Screening {
      public Clear {
        beside = List.copyOf(beside);
      }

      public Clear(Inbound inbound) {
        this(inbound, List.of());
      }
    }
  }

  /** What the rate limit says about a clear event. */
  sealed interface Pace {

    /** Let the dialog engine answer. */
    record Proceed() implements Pace {}

    /** Just over the limit: send this note once, and nothing else. */
    record Pause(List<OutgoingMessage> note) implements Pace {}

    /** Still over the limit and already told: send nothing. */
    record Quiet() implements Pace {}
  }
}
