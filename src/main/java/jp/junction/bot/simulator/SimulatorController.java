package jp.junction.bot.simulator;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.line.LineModeConditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat page's API. {@code POST /simulator/events} records what the person did, builds the
 * webhook body LINE would send, signs it and posts it to {@code /callback}; {@code GET
 * /simulator/messages} returns a chat's entries after a given index. Local mode only.
 */
@RestController
@RequestMapping("/simulator")
@Conditional(LineModeConditions.Local.class)
class SimulatorController {

  private static final Logger log = LoggerFactory.getLogger(SimulatorController.class);

  private final Transcripts transcripts;
  private final WebhookBodies bodies;
  private final CallbackClient callback;
  private final SecureRandom random = new SecureRandom();

  SimulatorController(Transcripts transcripts, WebhookBodies bodies, CallbackClient callback) {
    this.transcripts = transcripts;
    this.bodies = bodies;
    this.callback = callback;
  }

  @PostMapping("/events")
  ResponseEntity<Map<String, Object>> send(@RequestBody SimulatedEvent event)
      throws InterruptedException {
    Optional<String> problem = event.problem();
    if (problem.isPresent()) {
      return ResponseEntity.badRequest().body(Map.of("error", problem.get()));
    }
    String userId = event.userId() != null ? event.userId() : newUserId();
    transcripts.append(userId, "user", null, userSide(event));
    WebhookBodies.Body body = bodies.build(event, userId);
    int status;
    try {
      status = callback.post(body.bytes());
    } catch (IOException e) {
      log.warn("Simulated webhook event could not reach /callback: {}", e.toString());
      return callbackFailed(userId, 0);
    }
    if (status != HttpStatus.OK.value()) {
      log.warn("Simulated webhook event answered by /callback with HTTP {}", status);
      return callbackFailed(userId, status);
    }
    return ResponseEntity.ok(Map.of("userId", userId, "callbackStatus", status));
  }

  @GetMapping("/messages")
  Map<String, Object> messages(
      @RequestParam String userId, @RequestParam(defaultValue = "-1") long after) {
    return Map.of("session", transcripts.session(), "entries", transcripts.after(userId, after));
  }

  private ResponseEntity<Map<String, Object>> callbackFailed(String userId, int status) {
    transcripts.append(
        userId,
        "system",
        null,
        ChatMessage.problem(
            status == 0 ? "/callback could not be reached" : "/callback answered HTTP " + status));
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
        .body(Map.of("userId", userId, "callbackStatus", status));
  }

  private static ChatMessage userSide(SimulatedEvent event) {
    return switch (event.type()) {
      case TEXT -> ChatMessage.text(event.text());
      case POSTBACK -> ChatMessage.postback(event.data(), event.displayText());
      case LOCATION ->
          ChatMessage.location(event.title(), event.address(), event.latitude(), event.longitude());
      case FOLLOW -> ChatMessage.event(event.isUnblock() ? "unblock" : "follow");
      case UNFOLLOW -> ChatMessage.event("unfollow");
    };
  }

  private String newUserId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return "U" + HexFormat.of().formatHex(bytes);
  }
}
