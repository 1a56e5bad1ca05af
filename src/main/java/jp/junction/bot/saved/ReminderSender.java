package jp.junction.bot.saved;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.notices.NoticesSettings;
import jp.junction.bot.system.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends one due reminder: the saved place or the event as it is today, pushed under the reminder's
 * own retry key. Never within the notices' quiet hours: a reminder found then (a sender that was
 * down at the time) waits for the next reminder time.
 */
@Component
class ReminderSender {

  private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

  private final Reminders reminders;
  private final PlaceLookup lookup;
  private final SavedList list;
  private final EventReminderPush eventPush;
  private final DialogContent content;
  private final ReminderSettings settings;
  private final NoticesSettings quiet;
  private final ObjectProvider<LineGateway> line;
  private final Clock clock;

  ReminderSender(
      Reminders reminders,
      PlaceLookup lookup,
      SavedList list,
      EventReminderPush eventPush,
      DialogContent content,
      ReminderSettings settings,
      NoticesSettings quiet,
      ObjectProvider<LineGateway> line,
      Clock clock) {
    if (quiet(settings.at(), quiet)) {
      // Not fatal: a reminder found in quiet hours waits for the next allowed time (see below), so
      // the promise of no pushes at night holds; the operator is told the time is a poor choice.
      log.warn(
          "junction.saved.reminders.at ({}) falls within the quiet hours"
              + " (junction.notices.quiet-start/-end): reminders will wait until they end",
          settings.at());
    }
    this.reminders = reminders;
    this.lookup = lookup;
    this.list = list;
    this.eventPush = eventPush;
    this.content = content;
    this.settings = settings;
    this.quiet = quiet;
    this.line = line;
    this.clock = clock;
  }

  boolean canSend() {
    return line.getIfAvailable() != null;
  }

  /** Sends one due reminder, if any; true when there was one. */
  boolean sendOne() {
    Optional<Reminders.Due> claimed = reminders.claim();
    if (claimed.isEmpty()) {
      return false;
    }
    Reminders.Due due = claimed.get();
    ZonedDateTime now = JapanTime.of(clock.instant());
    if (quiet(now.toLocalTime(), quiet)) {
      reminders.later(due, next(now));
      return true;
    }
    LineGateway.SendResult sent =
        line.getObject().push(due.lineUserId(), messages(due), due.retryKey());
    switch (sent.outcome()) {
      case DELIVERED -> reminders.done(due);
      case FAILED -> {
        log.warn("Reminder for {} refused by LINE ({}): dropped", due, sent.httpStatus());
        reminders.done(due);
      }
      // LINE busy or unreachable: the lease brings it back, with the same retry key.
      case RETRY, RATE_LIMITED ->
          log.info("Reminder for {} not sent yet ({}), retried", due, sent.httpStatus());
    }
    return true;
  }

  private List<OutgoingMessage> messages(Reminders.Due due) {
    if (due.reminded() instanceof Reminded.Event event) {
      return eventPush.messages(event);
    }
    List<OutgoingMessage.Action> next =
        List.of(list.showList(), content.gotoNode(content.text(SavedTexts.MENU), SavedNodes.MENU));
    OutgoingMessage.Card card = list.card(lookup.find(due.reminded().id()));
    return List.of(
        new OutgoingMessage.Text(content.text(SavedTexts.REMIND_PUSH)),
        new OutgoingMessage.Cards(
            content.text(SavedTexts.ALT, Map.of("names", card.title())), List.of(card), next));
  }

  /** The next reminder time after {@code now}, or the end of the quiet hours when that is quiet. */
  private Instant next(ZonedDateTime now) {
    LocalTime at = quiet(settings.at(), quiet) ? quiet.quietEnd() : settings.at();
    ZonedDateTime today = now.with(at).withSecond(0).withNano(0);
    return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
  }

  private static boolean quiet(LocalTime t, NoticesSettings quiet) {
    LocalTime start = quiet.quietStart();
    LocalTime end = quiet.quietEnd();
    return start.isAfter(end)
        ? !t.isBefore(start) || t.isBefore(end)
        : !t.isBefore(start) && t.isBefore(end);
  }
}
