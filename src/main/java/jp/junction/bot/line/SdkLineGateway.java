package jp.junction.bot.line;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.MulticastRequest;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.QuotaConsumptionResponse;
import com.linecorp.bot.messaging.model.QuotaType;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link LineGateway} over the SDK's {@link MessagingApiClient}. Never logs ids or bodies. */
class SdkLineGateway implements LineGateway {

  private static final Logger log = LoggerFactory.getLogger(SdkLineGateway.class);
  private static final long WAIT_SECONDS = 30;

  /** A staff page waits at most this long for LINE's quota. */
  private static final long QUOTA_WAIT_SECONDS = 5;

  private final MessagingApiClient client;
  private final SdkMessages messages;
  private final ChannelToken token;

  SdkLineGateway(MessagingApiClient client, SdkMessages messages, ChannelToken token) {
    this.client = client;
    this.messages = messages;
    this.token = token;
  }

  @Override
  public boolean reply(String replyToken, List<OutgoingMessage> outgoing) {
    return replyOnce(replyToken, outgoing).outcome() == SendResult.Outcome.DELIVERED;
  }

  @Override
  public SendResult replyOnce(String replyToken, List<OutgoingMessage> outgoing) {
    var request = new ReplyMessageRequest(replyToken, messages.toSdk(outgoing), false);
    return await("reply", client.replyMessage(request));
  }

  @Override
  public SendResult push(String userId, List<OutgoingMessage> outgoing, UUID retryKey) {
    var request = new PushMessageRequest(userId, messages.toSdk(outgoing), false, null);
    return await("push", client.pushMessage(retryKey, request));
  }

  @Override
  public SendResult multicast(
      List<String> userIds, List<OutgoingMessage> outgoing, UUID retryKey, boolean silent) {
    var request = new MulticastRequest(messages.toSdk(outgoing), userIds, silent, null);
    return await("multicast", client.multicast(retryKey, request));
  }

  @Override
  public Optional<Quota> quota() {
    try {
      MessageQuotaResponse plan =
          client.getMessageQuota().get(QUOTA_WAIT_SECONDS, TimeUnit.SECONDS).body();
      QuotaConsumptionResponse used =
          client.getMessageQuotaConsumption().get(QUOTA_WAIT_SECONDS, TimeUnit.SECONDS).body();
      if (plan == null || used == null || used.totalUsage() == null) {
        return Optional.empty();
      }
      Long limit = plan.type() == QuotaType.LIMITED ? plan.value() : null;
      return Optional.of(new Quota(used.totalUsage(), limit));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      log.warn("LINE message quota could not be read: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private SendResult await(String call, CompletableFuture<? extends Result<?>> future) {
    try {
      Result<?> result = future.get(WAIT_SECONDS, TimeUnit.SECONDS);
      token.accepted();
      return new SendResult(SendResult.Outcome.DELIVERED, 200, result.requestId());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult(SendResult.Outcome.RETRY, 0, null);
    } catch (TimeoutException e) {
      future.cancel(true);
      log.warn("LINE {} timed out after {} s", call, WAIT_SECONDS);
      return new SendResult(SendResult.Outcome.RETRY, 0, null);
    } catch (ExecutionException e) {
      SendResult result = classify(call, e.getCause());
      if (result.httpStatus() == 401) {
        token.rejected();
      } else if (result.httpStatus() > 0) {
        token.accepted();
      }
      return result;
    }
  }

  static SendResult classify(String call, Throwable cause) {
    if (cause instanceof AbstractLineClientException lineError) {
      int code = lineError.getCode();
      String requestId = lineError.getRequestId();
      SendResult.Outcome outcome = outcomeOf(code);
      log.warn(
          "LINE {} answered {} (X-Line-Request-Id {}), treated as {}",
          call,
          code,
          requestId,
          outcome);
      return new SendResult(outcome, code, requestId);
    }
    log.warn("LINE {} failed: {}", call, cause == null ? "unknown" : cause.getClass().getName());
    return new SendResult(SendResult.Outcome.RETRY, 0, null);
  }

  static SendResult.Outcome outcomeOf(int httpStatus) {
    if (httpStatus == 409) {
      // The retry key was already accepted: the earlier attempt went out.
      return SendResult.Outcome.DELIVERED;
    }
    if (httpStatus == 429) {
      return SendResult.Outcome.RATE_LIMITED;
    }
    if (httpStatus >= 500) {
      return SendResult.Outcome.RETRY;
    }
    if (httpStatus >= 200 && httpStatus < 300) {
      return SendResult.Outcome.DELIVERED;
    }
    return SendResult.Outcome.FAILED;
  }
}
