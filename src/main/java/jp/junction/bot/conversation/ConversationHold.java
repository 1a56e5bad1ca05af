package jp.junction.bot.conversation;

import java.util.List;
import jp.junction.bot.line.OutgoingMessage;

/**
 * A feature that can keep the bot quiet for one person for a while, so that people can answer in
 * LINE's own chat screen (the organisation's staff chat). The engine asks it first for each event
 * of a one-to-one chat it routes; the crisis screening has answered before the engine is reached,
 * so a hold can never silence the crisis answer.
 */
public interface ConversationHold {

  /** What to do with {@code inbound}: route it as usual (perhaps after a note), or say nothing. */
  Verdict before(Inbound inbound);

  /** A hold's answer for one event. */
  sealed interface Verdict {

    /** Route as usual. */
    static Verdict proceed() {
      return new Proceed(List.of());
    }

    /** Send {@code note} first (e.g. 「botに戻りました」), then route as usual. */
    static Verdict proceedAfter(List<OutgoingMessage> note) {
      return new Proceed(note);
    }

    /** Say nothing at all: people are answering in LINE's chat. */
    static Verdict quiet() {
      return new Quiet();
    }

    /** Route, after these messages. */
    record Proceed(List<OutgoingMessage> note) implements Verdict {
      public Proceed {
        note = List.copyOf(note);
      }
    }

    /** Send nothing. */
    record Quiet() implements Verdict {}
  }
}
