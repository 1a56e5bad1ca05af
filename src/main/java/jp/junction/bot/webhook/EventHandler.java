package jp.junction.bot.webhook;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.UserSource;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.privacy.Pseudonyms;
import jp.junction.bot.safety.SafetyGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Handles one acknowledged event: standby events and duplicates are skipped, groups get a short
 * note, and one-to-one events pass the safety gate (crisis first) before the dialog engine. The
 * answer goes out on the reply token, once.
 */
@Component
class EventHandler {

  private static final Logger log = LoggerFactory.getLogger(EventHandler.class);

  private final EventDeduplicator dedup;
  private final Pseudonyms pseudonyms;
  private final SafetyGate safety;
  private final ConversationEngine engine;
  private final LineGateway line;

  EventHandler(
      EventDeduplicator dedup,
      Pseudonyms pseudonyms,
      SafetyGate safety,
      ConversationEngine engine,
      LineGateway line) {
    this.dedup = dedup;
    this.pseudonyms = pseudonyms;
    this.safety = safety;
    this.engine = engine;
    this.line = line;
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
        reply(event, crisis.get().messages());
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
      reply(event, crisis.get().messages());
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
    if (messages.isEmpty() || !(event instanceof ReplyEvent withToken)) {
      return;
    }
    String token = withToken.replyToken();
    if (token == null || token.isBlank()) {
      return;
    }
    line.reply(token, messages);
  }
}
