package jp.junction.bot.webhook;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.UserSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.ReplySender;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.bot.safety.SafetyGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Handles one acknowledged event: standby events and duplicates are skipped, groups get a short
 * note, and one-to-one events pass the safety gate (crisis first) before the dialog engine. The
 * answer goes out on the reply token ({@link ReplySender}: tried again while LINE may take it; a
 * crisis answer falls back to a push).
 */
@Component
class EventHandler {

  private static final Logger log = LoggerFactory.getLogger(EventHandler.class);

  private final EventDeduplicator dedup;
  private final Pseudonyms pseudonyms;
  private final SafetyGate safety;
  private final ConversationEngine engine;
  private final ReplySender sender;

  EventHandler(
      EventDeduplicator dedup,
      Pseudonyms pseudonyms,
      SafetyGate safety,
      ConversationEngine engine,
      ReplySender sender) {
    this.dedup = dedup;
    this.pseudonyms = pseudonyms;
    this.safety = safety;
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
    String group =
        event.source() instanceof GroupSource g
            ? g.groupId()
            : event.source() instanceof RoomSource r ? r.roomId() : null;
    if (group != null) {
      // Someone writing 死にたい in a group hears the crisis lines too, not the one-to-one note.
      Optional<SafetyGate.Decision.Answer> crisis =
          InboundTranslator.translate(event, new Person(null, pseudonyms.of(group)))
              .flatMap(safety::crisis);
      if (crisis.isPresent()) {
        crisis(event, null, crisis.get().messages());
      } else if (event instanceof MessageEvent
          && dedup.firstTime(event)
          && dedup.firstTimeToday(group)) {
        reply(event, engine.renderOccasion("group"));
      }
      return;
    }
    if (!(event.source() instanceof UserSource user) || user.userId() == null) {
      return;
    }
    Person person = new Person(user.userId(), pseudonyms.of(user.userId()));
    Optional<Inbound> inbound = InboundTranslator.translate(event, person);
    if (inbound.isEmpty()) {
      return;
    }
    // Crisis before anything that needs Redis: a hung store must not delay this answer. A
    // duplicate delivery may try to answer twice; LINE refuses the used reply token.
    Optional<SafetyGate.Decision.Answer> crisis = safety.crisis(inbound.get());
    if (crisis.isPresent()) {
      log.info("Answered {} for {} (crisis)", event.getClass().getSimpleName(), person);
      crisis(event, person, crisis.get().messages());
      return;
    }
    if (!dedup.firstTime(event)) {
      return;
    }
    SafetyGate.Decision decision = safety.check(inbound.get());
    if (decision instanceof SafetyGate.Decision.Answer answer) {
      log.info(
          "Answered {} for {} ({})", event.getClass().getSimpleName(), person, answer.reason());
      reply(event, answer.messages());
      return;
    }
    if (decision instanceof SafetyGate.Decision.Quiet) {
      return;
    }
    List<OutgoingMessage> messages = engine.handle(inbound.get());
    reply(event, messages);
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
