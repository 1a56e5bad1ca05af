package jp.junction.bot.simulator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LineGateway} of local mode: nothing leaves the machine. Replies go to the chat the
 * reply token was issued for, pushes and multicasts to each addressed chat, all into {@link
 * Transcripts} for the page to show. It answers like LINE: a reply token works once, a repeated
 * retry key is "already accepted" (409) and stores nothing twice, and a send that breaks LINE's
 * limits fails (400) with a problem note in the chat.
 */
final class LocalLineGateway implements LineGateway {

  private static final Logger log = LoggerFactory.getLogger(LocalLineGateway.class);
  private static final int RETRY_KEYS_KEPT = 10_000;

  private final Transcripts transcripts;
  private final ReplyTokens replyTokens;
  private final Set<UUID> acceptedRetryKeys = new LinkedHashSet<>();

  LocalLineGateway(Transcripts transcripts, ReplyTokens replyTokens) {
    this.transcripts = transcripts;
    this.replyTokens = replyTokens;
  }

  @Override
  public boolean reply(String replyToken, List<OutgoingMessage> messages) {
    String userId = replyTokens.redeem(replyToken);
    if (userId == null) {
      log.warn("Local reply rejected: reply token unknown or already used");
      return false;
    }
    return capture(List.of(userId), messages, "reply");
  }

  @Override
  public SendResult push(String userId, List<OutgoingMessage> messages, UUID retryKey) {
    return send(List.of(userId), messages, retryKey, "push");
  }

  @Override
  public SendResult multicast(
      List<String> userIds, List<OutgoingMessage> messages, UUID retryKey, boolean silent) {
    if (userIds.isEmpty() || userIds.size() > LineLimits.MULTICAST_RECIPIENTS) {
      log.warn(
          "Local multicast rejected: {} recipients (LINE allows 1 to {})",
          userIds.size(),
          LineLimits.MULTICAST_RECIPIENTS);
      return failed();
    }
    return send(userIds, messages, retryKey, "multicast");
  }

  private SendResult send(
      List<String> userIds, List<OutgoingMessage> messages, UUID retryKey, String via) {
    if (retryKey != null && !firstUseOf(retryKey)) {
      return new SendResult(SendResult.Outcome.DELIVERED, 409, localRequestId());
    }
    return capture(userIds, messages, via)
        ? new SendResult(SendResult.Outcome.DELIVERED, 200, localRequestId())
        : failed();
  }

  private boolean capture(List<String> userIds, List<OutgoingMessage> messages, String via) {
    Optional<String> problem = LineRejections.firstProblem(messages);
    for (String userId : userIds) {
      if (problem.isPresent()) {
        transcripts.append(
            userId,
            "system",
            via,
            ChatMessage.problem("LINE would reject this " + via + ": " + problem.get()));
      } else {
        messages.forEach(m -> transcripts.append(userId, "bot", via, ChatMessage.of(m)));
      }
    }
    if (problem.isPresent()) {
      log.warn("Local {} rejected as LINE would: {}", via, problem.get());
      return false;
    }
    return true;
  }

  private synchronized boolean firstUseOf(UUID retryKey) {
    if (!acceptedRetryKeys.add(retryKey)) {
      return false;
    }
    if (acceptedRetryKeys.size() > RETRY_KEYS_KEPT) {
      acceptedRetryKeys.remove(acceptedRetryKeys.iterator().next());
    }
    return true;
  }

  private static SendResult failed() {
    return new SendResult(SendResult.Outcome.FAILED, 400, localRequestId());
  }

  private static String localRequestId() {
    return "local-" + UUID.randomUUID();
  }
}
