package jp.junction.bot.line;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Asks LINE whether it takes the channel token (the bot-info call, which sends nothing): once at
 * start, then every {@link LineSettings#tokenCheck()} while it is refused, so that health and
 * readiness recover by themselves when LINE accepts it again.
 */
class TokenCheck implements DisposableBean {

  private final MessagingApiClient client;
  private final ChannelToken token;
  private final Duration every;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "line-token-check");
            t.setDaemon(true);
            return t;
          });

  TokenCheck(MessagingApiClient client, ChannelToken token, Duration every) {
    this.client = client;
    this.token = token;
    this.every = every;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    timer.execute(this::check);
    timer.scheduleWithFixedDelay(
        () -> {
          if (token.rejectedSince().isPresent()) {
            check();
          }
        },
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  void check() {
    try {
      client.getBotInfo().get(30, TimeUnit.SECONDS);
      token.accepted();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause()
              instanceof com.linecorp.bot.client.base.exception.AbstractLineClientException l
          && l.getCode() == 401) {
        token.rejected();
      }
    } catch (java.util.concurrent.TimeoutException e) {
      // LINE is slow: say nothing new about the token.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
