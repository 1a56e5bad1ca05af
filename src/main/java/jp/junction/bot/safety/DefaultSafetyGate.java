package jp.junction.bot.safety;

import java.util.List;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Occasion;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.privacy.AnonymousStats;
import org.springframework.stereotype.Component;

/**
 * The crisis answers (for the person, and for someone worried about another) are rendered once at
 * startup, without Redis (only which of their lines are open is decided per message, from hours
 * read at startup), and its anonymous count is recorded in the background, so a slow store cannot
 * delay it. Only messages and taps count against the rate limit.
 */
@Component
class DefaultSafetyGate implements SafetyGate {

  private final CrisisDetector crisis;
  private final RateLimiter limiter;
  private final AnonymousStats stats;
  private final List<OutgoingMessage> crisisAnswer;
  private final List<OutgoingMessage> forOtherAnswer;
  private final List<OutgoingMessage> besideNote;
  private final Pace pauseNote;
  private final CrisisLines lines;

  DefaultSafetyGate(
      CrisisDetector crisis,
      RateLimiter limiter,
      AnonymousStats stats,
      ConversationEngine engine,
      CrisisLines lines) {
    this.crisis = crisis;
    this.limiter = limiter;
    this.stats = stats;
    this.lines = lines;
    this.crisisAnswer = required(engine, Occasion.CRISIS);
    this.forOtherAnswer = required(engine, Occasion.CRISIS_FOR_OTHER);
    this.besideNote = required(engine, Occasion.CRISIS_BESIDE);
    this.pauseNote = new Pace.Pause(required(engine, Occasion.RATE_LIMITED));
    // Fails startup here, not at a person's message, if the lines cannot be said.
    lines.check(crisisAnswer);
    lines.check(forOtherAnswer);
    lines.check(besideNote);
  }

  @Override
  public Screening screen(Inbound inbound) {
    if (!(inbound instanceof Inbound.Text text)) {
      return new Screening.Clear(inbound);
    }
    return switch (crisis.read(text.text())) {
      case NONE -> new Screening.Clear(inbound);
      case TOPIC -> new Screening.Clear(inbound, lines.now(besideNote));
      case SELF -> crisis(inbound, crisisAnswer);
      case SOMEONE_ELSE -> crisis(inbound, forOtherAnswer);
    };
  }

  /** The answer with its lines ordered for the hour (read at startup; no store, no parsing). */
  private Screening crisis(Inbound inbound, List<OutgoingMessage> answer) {
    stats.recordCrisis();
    return new Screening.Crisis(inbound, lines.now(answer));
  }

  @Override
  public Pace pace(Screening.Clear clear) {
    Inbound inbound = clear.inbound();
    if (!(inbound instanceof Inbound.Text
        || inbound instanceof Inbound.Postback
        || inbound instanceof Inbound.Location
        || inbound instanceof Inbound.Other)) {
      return new Pace.Proceed();
    }
    return switch (limiter.count(inbound.person())) {
      case WITHIN, UNKNOWN -> new Pace.Proceed();
      case JUST_OVER -> pauseNote;
      case OVER -> new Pace.Quiet();
    };
  }

  private static List<OutgoingMessage> required(ConversationEngine engine, Occasion occasion) {
    List<OutgoingMessage> messages = engine.renderOccasion(occasion);
    if (messages.isEmpty()) {
      throw new IllegalStateException(
          "dialogs: no node is 'on: [" + occasion.key() + "]' (required)");
    }
    return messages;
  }
}
