package jp.junction.bot.webhook;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.UserSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.ReplySender;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.bot.safety.SafetyGate;
import jp.junction.bot.safety.SafetyGate.Screening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Handles one acknowledged event: standby events are skipped; every message is screened for crisis
 * once, first, and a crisis is answered at once; a group gets its short note; a one-to-one event is
 * de-duplicated, paced by the rate limit and answered by the dialog engine. The answer goes out on
 * the reply token ({@link ReplySender}: tried again while LINE may take it; a crisis answer falls
 * back to a push).
 */
@Component
class EventHandler {

  private static final Logger log = LoggerFactory.getLogger(EventHandler.class);

  private final EventDeduplicator dedup;
  private final Pseudonyms pseudonyms;
  private final SafetyGate safety;
  private final GroupNote groups;
  private final ConversationEngine engine;
  private final ReplySender sender;

  EventHandler(
      EventDeduplicator dedup,
      Pseudonyms pseudonyms,
      SafetyGate safety,
      GroupNote groups,
      ConversationEngine engine,
      ReplySender sender) {
    this.dedup = dedup;
    this.pseudonyms = pseudonyms;
    this.safety = safety;
    this.groups = groups;
    this.engine = engine;
    this.sender = sender;
  }

  /** Handles the event; never throws, so one bad event cannot stop the others. */
  void handleSafely(Event event) {
    try {
      handle(event);
    } catch (RuntimeException e) {
      log.error("Event {} failed: {}", event.getClass().getSimpleName(), e.toString());
    }
  }

  private void handle(Event event) {
    if (event.mode() == EventMode.STANDBY) {
      return;
    }
    Optional<String> group = GroupNote.groupOrRoom(event);
    Optional<Person> person =
        group.isPresent() ? group.map(g -> new Person(null, pseudonyms.of(g))) : oneToOne(event);
    if (person.isEmpty()) {
      return;
    }
    Optional<Screening> screening =
        InboundTranslator.translate(event, person.get()).map(safety::screen);
    // Crisis before anything that needs Redis: a hung store must not delay this answer, and
    // someone writing 死にたい in a group hears the crisis lines too. A duplicate delivery may try
    // to answer twice; LINE refuses the used reply token.
    if (screening.isPresent() && screening.get() instanceof Screening.Crisis crisis) {
      log.info("Answered {} for {} (crisis)", event.getClass().getSimpleName(), person.get());
      crisis(event, person.get(), crisis.answer());
    } else if (group.isPresent()) {
      reply(event, groups.answer(event, person.get()));
    } else if (screening.isPresent() && dedup.firstTime(event)) {
      answer(event, (Screening.Clear) screening.get());
    }
  }

  private void answer(Event event, Screening.Clear clear) {
    SafetyGate.Pace pace = safety.pace(clear);
    if (pace instanceof SafetyGate.Pace.Pause pause) {
      log.info(
          "Answered {} for {} (rate limited)",
          event.getClass().getSimpleName(),
          clear.inbound().person());
      reply(event, pause.note());
    } else if (pace instanceof SafetyGate.Pace.Proceed) {
      reply(event, Beside.after(engine.handle(clear.inbound()), clear.beside()));
    }
  }

  private Optional<Person> oneToOne(Event event) {
    if (event.source() instanceof UserSource user && user.userId() != null) {
      return Optional.of(new Person(user.userId(), pseudonyms.of(user.userId())));
    }
    return Optional.empty();
  }

  private void reply(Event event, List<OutgoingMessage> messages) {
    replyToken(event, messages)
        .ifPresent(token -> sender.answer(token, messages, event.getClass().getSimpleName()));
  }

  /**
   * A crisis answer: the reply, tried again, then a push to the person (one-to-one) under a retry
   * key derived from the event, so every try and every instance make at most one delivery.
   */
  private void crisis(Event event, Person person, List<OutgoingMessage> messages) {
    Optional<String> token = replyToken(event, messages);
    if (token.isEmpty()) {
      return;
    }
    Optional<ReplySender.Push> push =
        person == null || person.lineUserId() == null
            ? Optional.empty()
            : Optional.of(
                new ReplySender.Push(
                    person.lineUserId(),
                    UUID.nameUUIDFromBytes(
                        ("crisis:" + EventDeduplicator.key(event))
                            .getBytes(StandardCharsets.UTF_8)),
                    () -> dedup.crisisAnsweredBefore(event)));
    ReplySender.Delivery went =
        sender.crisis(token.get(), messages, push, person == null ? "a group" : person.toString());
    if (went != ReplySender.Delivery.LOST) {
      dedup.crisisAnswered(event);
    }
  }

  private static Optional<String> replyToken(Event event, List<OutgoingMessage> messages) {
    if (messages.isEmpty() || !(event instanceof ReplyEvent withToken)) {
      return Optional.empty();
    }
    String token = withToken.replyToken();
    return token == null || token.isBlank() ? Optional.empty() : Optional.of(token);
  }
}
