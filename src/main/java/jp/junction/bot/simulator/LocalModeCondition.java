package jp.junction.bot.simulator;

import jp.junction.bot.line.LineSettings;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the bot runs without LINE credentials. It binds the same {@link LineSettings} the
 * rest of the bot uses, so "local mode" means exactly one thing everywhere.
 */
class LocalModeCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return Binder.get(context.getEnvironment())
        .bindOrCreate("junction.line", Bindable.of(LineSettings.class))
        .localMode();
  }
}
