package jp.junction.bot.line;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Conditions that tell local mode (no LINE credentials) from a real LINE channel. Both bind the
 * same {@link LineSettings} the rest of the bot uses, so "local mode" means one thing everywhere.
 */
public final class LineModeConditions {

  private LineModeConditions() {}

  static boolean localMode(ConditionContext context) {
    return Binder.get(context.getEnvironment())
        .bindOrCreate("junction.line", Bindable.of(LineSettings.class))
        .localMode();
  }

  /** Matches when no LINE credentials are configured. */
  public static final class Local implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return localMode(context);
    }
  }

  /** Matches when a LINE channel is configured. */
  public static final class Channel implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !localMode(context);
    }
  }
}
