package jp.junction.bot.webhook;

import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.ReplyEvent;
import java.io.IOException;
import java.util.List;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * For the webhook benchmark only ({@code bench/webhook-load.sh}): {@code POST /bench/reply} checks
 * the signature, parses the events and answers each with one short fixed text on its reply token,
 * in the request thread: no queue, Redis, dialog or search. It is the least any answering webhook
 * must do, so its rate against the no-op shows how close to the no-op ceiling an answered webhook
 * can come on the machine at all. Absent unless {@code junction.bench.noop-endpoint=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "junction.bench.noop-endpoint", havingValue = "true")
class BenchReplyConfig {

  static final String PATH = "/bench/reply";
  private static final List<OutgoingMessage> ANSWER = List.of(new OutgoingMessage.Text("bench"));

  @Bean
  RouterFunction<ServerResponse> benchReplyRoute(WebhookParser parser, LineGateway line) {
    return RouterFunctions.route()
        .POST(
            PATH,
            request -> {
              byte[] body = request.servletRequest().getInputStream().readAllBytes();
              String signature = request.headers().firstHeader(CallbackController.SIGNATURE_HEADER);
              CallbackRequest callback;
              try {
                callback = parser.handle(signature == null ? "" : signature, body);
              } catch (WebhookParseException | IOException | IllegalArgumentException e) {
                return ServerResponse.badRequest().body("invalid");
              }
              for (Event event : callback.events()) {
                if (event instanceof ReplyEvent withToken && withToken.replyToken() != null) {
                  line.reply(withToken.replyToken(), ANSWER);
                }
              }
              return ServerResponse.ok().body("OK");
            })
        .build();
  }
}
