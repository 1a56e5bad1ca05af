package jp.junction.bot.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.junction.bot.line.ChannelSecret;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Posts a simulated webhook body to this very application's {@code /callback}, over HTTP and signed
 * as LINE signs it ({@code X-Line-Signature}: Base64 of HMAC-SHA256 of the raw body with the
 * channel secret), so it takes exactly the path a real event takes. The port is learnt when the web
 * server starts.
 */
class CallbackClient {

  private final HttpClient http;
  private final byte[] secret;
  private final Duration timeout;
  private final Environment environment;
  private volatile URI callback;

  CallbackClient(ChannelSecret secret, SimulatorSettings settings, Environment environment) {
    this.secret = secret.value().getBytes(StandardCharsets.UTF_8);
    this.timeout = settings.callbackTimeout();
    this.environment = environment;
    this.http = HttpClient.newBuilder().connectTimeout(settings.callbackTimeout()).build();
  }

  /** For tests: post to a fixed address instead of the application's own server. */
  CallbackClient(ChannelSecret secret, SimulatorSettings settings, URI callback) {
    this(secret, settings, (Environment) null);
    this.callback = callback;
  }

  @EventListener
  void onServerStarted(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() != null) {
      return; // a separate management server, not the one serving /callback
    }
    String host = environment.getProperty("server.address", "127.0.0.1");
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    }
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    String scheme =
        environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
    this.callback =
        URI.create(
            scheme
                + "://"
                + (host.contains(":") ? "[" + host + "]" : host)
                + ":"
                + event.getWebServer().getPort()
                + StringUtils.trimTrailingCharacter(contextPath, '/')
                + "/callback");
  }

  /**
   * Posts the body and returns {@code /callback}'s HTTP status.
   *
   * @throws IOException when the server cannot be reached or does not answer in time
   * @throws IllegalStateException before the web server has started
   */
  int post(byte[] body) throws IOException, InterruptedException {
    URI target = callback;
    if (target == null) {
      throw new IllegalStateException(
          "The web server has not started yet; no /callback to post to");
    }
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "LineBotWebhook/2.0")
            .header("X-Line-Signature", sign(body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available to sign webhook bodies", e);
    }
  }
}
