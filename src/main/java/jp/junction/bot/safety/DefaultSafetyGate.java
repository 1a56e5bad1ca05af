package jp.junction.bot.safety;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Language;
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
  private final Map<Language, List<OutgoingMessage>> crisisAnswer = new EnumMap<>(Language.class);
  private final Map<Language, List<OutgoingMessage>> forOtherAnswer = new EnumMap<>(Language.class);
  private final Map<Language, List<OutgoingMessage>> besideNote = new EnumMap<>(Language.class);
  private final Pace pauseNote;
  private final CrisisLines lines;
  private final ConversationEngine engine;

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
    this.engine = engine;
    for (Language language : Language.values()) {
      crisisAnswer.put(language, required(engine, Occasion.CRISIS, language));
      forOtherAnswer.put(language, required(engine, Occasion.CRISIS_FOR_OTHER, language));
      besideNote.put(language, required(engine, Occasion.CRISIS_BESIDE, language));
      // Fails startup here, not at a person's message, if the lines cannot be said.
      lines.check(crisisAnswer.get(language));
      lines.check(forOtherAnswer.get(language));
      lines.check(besideNote.get(language));
    }
    this.pauseNote = new Pace.Pause(required(engine, Occasion.RATE_LIMITED, Language.STANDARD));
  }

  @Override
  public Screening screen(Inbound inbound) {
    if (!(inbound instanceof Inbound.Text text)) {
      return new Screening.Clear(inbound);
    }
    CrisisDetector.Reading reading = crisis.read(text.text());
    if (reading == CrisisDetector.Reading.NONE) {
      return new Screening.Clear(inbound);
    }
    // The store is not read before a crisis answer: a message in English gets it in English.
    Language language =
        engine.languageOf(text.text()) == Language.ENGLISH || crisis.inEnglish(text.text())
            ? Language.ENGLISH
            : Language.STANDARD;
    return switch (reading) {
      case NONE -> new Screening.Clear(inbound);
      case TOPIC -> new Screening.Clear(inbound, lines.now(besideNote.get(language), language));
      case SELF -> crisis(inbound, crisisAnswer.get(language), language);
      case SOMEONE_ELSE -> crisis(inbound, forOtherAnswer.get(language), language);
    };
  }

  /** The answer with its lines ordered for the hour (read at startup; no store, no parsing). */
  private Screening crisis(Inbound inbound, List<OutgoingMessage> answer, Language language) {
    stats.recordCrisis();
    return new Screening.Crisis(inbound, lines.now(answer, language));
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

  private static List<OutgoingMessage> required(
      ConversationEngine engine, Occasion occasion, Language language) {
    List<OutgoingMessage> messages = engine.renderOccasion(occasion, language);
    if (messages.isEmpty()) {
      throw new IllegalStateException(
          "dialogs: no node is 'on: [" + occasion.key() + "]' (required)");
    }
    return messages;
  }
}
