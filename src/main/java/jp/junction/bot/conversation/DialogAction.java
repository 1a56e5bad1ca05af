package jp.junction.bot.conversation;

import java.util.Set;
import java.util.function.Function;

/**
 * A feature's step in a conversation, named in {@code dialogs/*.yml} (a node's {@code action} or
 * {@code expect}, or a choice's {@code action}). Features register these as beans, alone or in
 * {@link DialogActions}; the dialog engine checks at startup that every name used in the dialogs
 * exists.
 */
public interface DialogAction {

  /** The name dialogs use, e.g. {@code search} or {@code notices.subscribe}. */
  String name();

  /** Runs the step: what to send, a node to show, or nothing (the engine then falls back). */
  ActionResult run(ActionContext context);

  /**
   * The conversation-state fields this step keeps from what the person wrote or shared (a question,
   * a place): the engine removes them when the person unsends a message, since the bot cannot tell
   * which message they came from.
   */
  default Set<String> fieldsFromWhatWasSaid() {
    return Set.of();
  }

  /** The action {@code name} that runs {@code step}. */
  static DialogAction of(String name, Function<ActionContext, ActionResult> step) {
    return new DialogAction() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ActionResult run(ActionContext context) {
        return step.apply(context);
      }
    };
  }
}
