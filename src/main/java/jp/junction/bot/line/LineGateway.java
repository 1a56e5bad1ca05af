package jp.junction.bot.line;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only way the bot talks to LINE. In production it wraps the SDK's {@code MessagingApiClient};
 * in local mode it captures what would have been sent, for the chat page.
 */
public interface LineGateway {

  /**
   * Replies with a reply token (usable once, within about a minute), once: a failed or expired
   * token is logged with LINE's request id; {@link ReplySender} decides about trying again.
   *
   * @return true when LINE accepted the reply
   */
  boolean reply(String replyToken, List<OutgoingMessage> messages);

  /**
   * Replies once and says how LINE answered, for a caller that tries again ({@link ReplySender}). A
   * gateway that cannot tell only knows delivered or not.
   */
  default SendResult replyOnce(String replyToken, List<OutgoingMessage> messages) {
    return reply(replyToken, messages)
        ? new SendResult(SendResult.Outcome.DELIVERED, 200, null)
        : new SendResult(SendResult.Outcome.FAILED, 400, null);
  }

  /** Pushes to one user; the retry key is sent as {@code X-Line-Retry-Key}. */
  SendResult push(String userId, List<OutgoingMessage> messages, UUID retryKey);

  /**
   * Sends to up to 500 users at once; the retry key is sent as {@code X-Line-Retry-Key} and must be
   * kept across every retry of the same batch.
   */
  SendResult multicast(
      List<String> userIds, List<OutgoingMessage> messages, UUID retryKey, boolean silent);

  /** Outcome of a push or multicast, classified for the caller's retry policy. */
  /**
   * This month's message count from LINE (pushes and multicasts count against the plan; replies do
   * not), and the plan's limit; empty when LINE cannot say (local mode, LINE down).
   */
  default Optional<Quota> quota() {
    return Optional.empty();
  }

  /** LINE's figures for this month: messages counted so far, and the limit (null: no limit). */
  record Quota(long used, Long limit) {}

  record SendResult(Outcome outcome, int httpStatus, String requestId) {

    /** How the caller should treat the result. */
    public enum Outcome {
      /** Accepted now, or earlier under the same retry key (409). */
      DELIVERED,
      /** 5xx, timeout or connection failure: retry later with the same key. */
      RETRY,
      /** 429: retry later with the same key, and slow down. */
      RATE_LIMITED,
      /** Any other 4xx: do not retry. */
      FAILED
    }
  }
}
