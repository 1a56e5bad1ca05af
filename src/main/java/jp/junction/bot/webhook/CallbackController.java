package jp.junction.bot.webhook;

import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * LINE's webhook: checks the signature over the raw bytes, parses, hands the events to the
 * dispatcher and answers at once. Nothing is processed before the signature is verified.
 */
@RestController
class CallbackController {

  private static final Logger log = LoggerFactory.getLogger(CallbackController.class);
  static final String SIGNATURE_HEADER = "X-Line-Signature";

  private final WebhookParser parser;
  private final EventDispatcher dispatcher;
  private final int maxBody;

  CallbackController(WebhookParser parser, EventDispatcher dispatcher, WebhookSettings settings) {
    this.parser = parser;
    this.dispatcher = dispatcher;
    this.maxBody = (int) settings.maxBody().toBytes();
  }

  @PostMapping("/callback")
  ResponseEntity<String> callback(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxBody) {
      return status(HttpStatus.PAYLOAD_TOO_LARGE, "body too large");
    }
    byte[] body = readAtMost(request.getInputStream(), maxBody);
    if (body == null) {
      return status(HttpStatus.PAYLOAD_TOO_LARGE, "body too large");
    }
    String signature = request.getHeader(SIGNATURE_HEADER);
    if (signature == null || signature.isBlank()) {
      return status(HttpStatus.BAD_REQUEST, "missing signature");
    }
    CallbackRequest callback;
    try {
      callback = parser.handle(signature, body);
    } catch (WebhookParseException | IllegalArgumentException e) {
      log.warn("Webhook rejected: invalid signature");
      return status(HttpStatus.BAD_REQUEST, "invalid signature");
    } catch (IOException e) {
      log.warn("Webhook rejected: malformed JSON");
      return status(HttpStatus.BAD_REQUEST, "malformed body");
    }
    if (callback == null || callback.events() == null || callback.events().isEmpty()) {
      return ResponseEntity.ok("OK");
    }
    if (!dispatcher.submit(callback.events())) {
      // LINE redelivers later (webhook redelivery is on); dedup keeps the answer single.
      return status(HttpStatus.SERVICE_UNAVAILABLE, "busy");
    }
    return ResponseEntity.ok("OK");
  }

  /** Reads the body, or returns null when it is longer than {@code limit}. */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] body = in.readNBytes(limit + 1);
    return body.length > limit ? null : body;
  }

  private static ResponseEntity<String> status(HttpStatus status, String text) {
    return ResponseEntity.status(status).body(text);
  }
}
