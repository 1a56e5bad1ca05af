package jp.junction.bot.notices;

import java.util.List;
import java.util.function.BiFunction;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dialog actions of the 「お知らせ」 flow, each a step of {@link SubscriptionFlow}. */
@Configuration
class SubscriptionSteps {

  /** One named step of the flow. */
  record Step(
      String name,
      SubscriptionFlow flow,
      BiFunction<SubscriptionFlow, ActionContext, List<OutgoingMessage>> step)
      implements DialogAction {

    @Override
    public ActionResult run(ActionContext context) {
      return ActionResult.say(flow.guarded(context, c -> step.apply(flow, c)));
    }
  }

  @Bean
  DialogAction noticesStart(SubscriptionFlow flow) {
    return new Step("notices.start", flow, SubscriptionFlow::start);
  }

  @Bean
  DialogAction noticesPrefecture(SubscriptionFlow flow) {
    return new Step("notices.pref", flow, SubscriptionFlow::prefecture);
  }

  @Bean
  DialogAction noticesTyped(SubscriptionFlow flow) {
    return new Step("notices.typed", flow, SubscriptionFlow::typed);
  }

  @Bean
  DialogAction noticesAdd(SubscriptionFlow flow) {
    return new Step("notices.add", flow, SubscriptionFlow::add);
  }

  @Bean
  DialogAction noticesWho(SubscriptionFlow flow) {
    return new Step("notices.who", flow, SubscriptionFlow::who);
  }

  @Bean
  DialogAction noticesSave(SubscriptionFlow flow) {
    return new Step("notices.save", flow, SubscriptionFlow::save);
  }

  @Bean
  DialogAction noticesList(SubscriptionFlow flow) {
    return new Step("notices.list", flow, SubscriptionFlow::list);
  }

  @Bean
  DialogAction noticesStop(SubscriptionFlow flow) {
    return new Step("notices.stop", flow, SubscriptionFlow::stop);
  }
}
