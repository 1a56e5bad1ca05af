package jp.junction.bot.line;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import jp.junction.bot.line.LineGateway.SendResult;
import jp.junction.bot.line.LineGateway.SendResult.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gets an answer to the person: on the reply token, tried again while LINE may still take it
 * ({@link ReplySettings}); a crisis answer that did not go out that way is pushed with an {@code
 * X-Line-Retry-Key}, so that however often it is tried (by any instance) LINE delivers it once.
 * Logs which way it went, with the person's pseudonym only.
 */
@Component
public class ReplySender {

  private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

  private final LineGateway line;
  private final ReplySettings settings;

  ReplySender(LineGateway line, ReplySettings settings) {
    this.line = line;
    this.settings = settings;
  }

  /**
   * Where a crisis answer goes when the reply did not: {@code to} (a LINE user id), under a retry
   * key that stays the same for the same event; not after a refused token when {@code
   * answeredBefore} says a redelivery of this event was answered already.
   */
  public record Push(String to, UUID retryKey, BooleanSupplier answeredBefore) {}

  /** How the answer went out. */
  public enum Delivery {
    REPLIED,
    PUSHED,
    LOST
  }

  /** Sends an ordinary answer: the reply, tried again on 5xx, 429 or no answer. */
  public Delivery answer(String replyToken, List<OutgoingMessage> messages, String who) {
    return reply(replyToken, messages).outcome() == Outcome.DELIVERED
        ? logged(Delivery.REPLIED, "answer", who)
        : logged(Delivery.LOST, "answer", who);
  }

  /** Sends a crisis answer: the reply as above, then, if need be, the push. */
  public Delivery crisis(
      String replyToken, List<OutgoingMessage> messages, Optional<Push> fallback, String who) {
    SendResult replied = reply(replyToken, messages);
    if (replied.outcome() == Outcome.DELIVERED) {
      return logged(Delivery.REPLIED, "crisis answer", who);
    }
    if (fallback.isEmpty()) {
      return logged(Delivery.LOST, "crisis answer", who);
    }
    Push push = fallback.get();
    // A refused token (400) may mean an earlier delivery of this event used it: then no push.
    if (replied.outcome() == Outcome.FAILED && push.answeredBefore().getAsBoolean()) {
      log.info("Crisis answer for {} already went out for this event: no push", who);
      return Delivery.REPLIED;
    }
    SendResult pushed =
        tried(() -> line.push(push.to(), messages, push.retryKey()), System.nanoTime());
    return logged(
        pushed.outcome() == Outcome.DELIVERED ? Delivery.PUSHED : Delivery.LOST,
        "crisis answer",
        who);
  }

  private SendResult reply(String replyToken, List<OutgoingMessage> messages) {
    return tried(() -> line.replyOnce(replyToken, messages), System.nanoTime());
  }

  /** One send, again on 5xx, 429 or no answer, within the attempts and the time budget. */
  private SendResult tried(java.util.function.Supplier<SendResult> send, long start) {
    Duration wait = settings.backoff();
    SendResult result = send.get();
    for (int attempt = 1; attempt < settings.attempts() && retriable(result); attempt++) {
      long next = System.nanoTime() + wait.toNanos();
      if (next - start > settings.within().toNanos()) {
        break;
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      wait = wait.multipliedBy(2);
      result = send.get();
    }
    return result;
  }

  private static boolean retriable(SendResult result) {
    return result.outcome() == Outcome.RETRY || result.outcome() == Outcome.RATE_LIMITED;
  }

  private static Delivery logged(Delivery delivery, String what, String who) {
    switch (delivery) {
      case REPLIED -> log.debug("The {} for {} went by reply", what, who);
      case PUSHED -> log.warn("The {} for {} went by push (the reply did not go out)", what, who);
      case LOST -> {
        if (what.startsWith("crisis")) {
          log.error("The {} for {} could not be delivered", what, who);
        } else {
          log.warn("The {} for {} could not be delivered", what, who);
        }
      }
    }
    return delivery;
  }
}
