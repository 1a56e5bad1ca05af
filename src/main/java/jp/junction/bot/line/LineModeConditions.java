package jp.junction.bot.line;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Conditions that tell local mode (no LINE credentials) from a real LINE channel. */
public final class LineModeConditions {

  private LineModeConditions() {}

  static boolean localMode(ConditionContext context) {
    return !StringUtils.hasText(context.getEnvironment().getProperty("junction.line.channel-secret"));
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
