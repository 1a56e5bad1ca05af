package jp.junction.bot.notices;

import java.util.List;
import java.util.function.Function;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogActions;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/** The dialog actions of the 「お知らせ」 flow, each a step of {@link SubscriptionFlow}. */
@Component
class SubscriptionSteps implements DialogActions {

  private final SubscriptionFlow flow;

  SubscriptionSteps(SubscriptionFlow flow) {
    this.flow = flow;
  }

  @Override
  public List<DialogAction> actions() {
    return List.of(
        step("notices.start", flow::start),
        step("notices.pref", flow::prefecture),
        step("notices.typed", flow::typed),
        step("notices.add", flow::add),
        step("notices.who", flow::who),
        step("notices.save", flow::save),
        step("notices.list", flow::list),
        step("notices.stop", flow::stop));
  }

  private DialogAction step(String name, Function<ActionContext, List<OutgoingMessage>> step) {
    return DialogAction.of(name, c -> ActionResult.say(flow.guarded(c, step)));
  }
}
