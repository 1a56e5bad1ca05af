package jp.junction.bot.safety;

import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.privacy.AnonymousStats;
import org.springframework.stereotype.Component;

/**
 * Crisis first, then the rate limit. The crisis answer is rendered without Redis and is never
 * limited; its anonymous count is recorded in the background, so a slow store cannot delay it.
 * Follow, unfollow and unsend are never limited (erasure must always happen).
 */
@Component
class DefaultSafetyGate implements SafetyGate {

  static final String CRISIS = "crisis";
  static final String RATE_LIMITED = "rate_limited";

  private final CrisisDetector crisis;
  private final RateLimiter limiter;
  private final AnonymousStats stats;
  private final List<OutgoingMessage> crisisAnswer;
  private final List<OutgoingMessage> pauseNote;

  DefaultSafetyGate(
      CrisisDetector crisis, RateLimiter limiter, AnonymousStats stats, ConversationEngine engine) {
    this.crisis = crisis;
    this.limiter = limiter;
    this.stats = stats;
    this.crisisAnswer = required(engine, CRISIS);
    this.pauseNote = required(engine, RATE_LIMITED);
  }

  @Override
  public Decision check(Inbound inbound) {
    Optional<Decision.Answer> answer = crisis(inbound);
    if (answer.isPresent()) {
      return answer.get();
    }
    if (!(inbound instanceof Inbound.Text
        || inbound instanceof Inbound.Postback
        || inbound instanceof Inbound.Location
        || inbound instanceof Inbound.Other)) {
      return new Decision.Proceed();
    }
    return switch (limiter.count(inbound.person())) {
      case WITHIN, UNKNOWN -> new Decision.Proceed();
      case JUST_OVER -> new Decision.Answer(pauseNote, RATE_LIMITED);
      case OVER -> new Decision.Quiet();
    };
  }

  @Override
  public Optional<Decision.Answer> crisis(Inbound inbound) {
    if (inbound instanceof Inbound.Text text && crisis.isCrisis(text.text())) {
      stats.recordCrisis();
      return Optional.of(new Decision.Answer(crisisAnswer, CRISIS));
    }
    return Optional.empty();
  }

  private static List<OutgoingMessage> required(ConversationEngine engine, String occasion) {
    List<OutgoingMessage> messages = engine.renderOccasion(occasion);
    if (messages.isEmpty()) {
      throw new IllegalStateException("dialogs: no node is 'on: [" + occasion + "]' (required)");
    }
    return messages;
  }
}
