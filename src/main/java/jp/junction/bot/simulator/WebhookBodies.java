package jp.junction.bot.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Turns a {@link SimulatedEvent} into a webhook body shaped exactly like LINE's (the samples of the
 * Messaging API reference): {@code destination} and one event with {@code mode: active}, a
 * millisecond {@code timestamp}, a user {@code source}, a ULID-like {@code webhookEventId}, {@code
 * deliveryContext.isRedelivery: false} and, for every type but unfollow, a fresh reply token tied
 * to the chat.
 */
final class WebhookBodies {

  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final ObjectMapper json = new ObjectMapper();
  private final SecureRandom random = new SecureRandom();
  private final ReplyTokens replyTokens;
  private final Clock clock;
  private final String destination;

  WebhookBodies(ReplyTokens replyTokens, Clock clock) {
    this.replyTokens = replyTokens;
    this.clock = clock;
    this.destination = "U" + HexFormat.of().formatHex(randomBytes(16));
  }

  /** A body for one event from {@code userId}, and the reply token it carries (null if none). */
  Body build(SimulatedEvent event, String userId) {
    ObjectNode root = json.createObjectNode();
    root.put("destination", destination);
    ObjectNode node = root.putArray("events").addObject();
    String replyToken = null;
    if (event.type() != SimulatedEvent.Type.UNFOLLOW) {
      replyToken = replyTokens.issue(userId);
      node.put("replyToken", replyToken);
    }
    long now = clock.millis();
    node.put("type", eventType(event.type()));
    node.put("mode", "active");
    node.put("timestamp", now);
    node.putObject("source").put("type", "user").put("userId", userId);
    node.put("webhookEventId", ulid(now));
    node.putObject("deliveryContext").put("isRedelivery", false);
    switch (event.type()) {
      case TEXT -> textMessage(node.putObject("message"), event.text());
      case LOCATION -> locationMessage(node.putObject("message"), event);
      case POSTBACK -> {
        ObjectNode postback = node.putObject("postback").put("data", event.data());
        if (event.date() != null) {
          // What LINE sends for a date picker: the chosen day in params.
          postback.putObject("params").put("date", event.date());
        }
      }
      case FOLLOW -> node.putObject("follow").put("isUnblocked", event.isUnblock());
      case UNFOLLOW -> {
        // An unfollow carries nothing but the common properties, and no reply token.
      }
    }
    try {
      return new Body(json.writeValueAsBytes(root), replyToken);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a simulated webhook body", e);
    }
  }

  private void textMessage(ObjectNode message, String text) {
    message.put("id", messageId());
    message.put("type", "text");
    message.put("quoteToken", token(48));
    message.put("markAsReadToken", token(24));
    message.put("text", text);
  }

  private void locationMessage(ObjectNode message, SimulatedEvent event) {
    message.put("id", messageId());
    message.put("type", "location");
    message.put("markAsReadToken", token(24));
    if (event.title() != null) {
      message.put("title", event.title());
    }
    if (event.address() != null) {
      message.put("address", event.address());
    }
    message.put("latitude", event.latitude());
    message.put("longitude", event.longitude());
  }

  private static String eventType(SimulatedEvent.Type type) {
    return type == SimulatedEvent.Type.TEXT || type == SimulatedEvent.Type.LOCATION
        ? "message"
        : type.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A ULID: 48 bits of milliseconds then 80 random bits, in Crockford's base 32 (26 chars). */
  private String ulid(long millis) {
    char[] out = new char[26];
    long time = millis;
    for (int i = 9; i >= 0; i--) {
      out[i] = CROCKFORD[(int) (time & 31)];
      time >>>= 5;
    }
    byte[] bytes = randomBytes(10);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 5; i++) {
      high = (high << 8) | (bytes[i] & 0xff);
      low = (low << 8) | (bytes[i + 5] & 0xff);
    }
    for (int i = 0; i < 8; i++) {
      out[17 - i] = CROCKFORD[(int) ((high >>> (5 * i)) & 31)];
      out[25 - i] = CROCKFORD[(int) ((low >>> (5 * i)) & 31)];
    }
    return new String(out);
  }

  /** A numeric message id of 18 digits, as LINE's look. */
  private String messageId() {
    return Long.toString(
        100_000_000_000_000_000L + (random.nextLong() >>> 1) % 900_000_000_000_000_000L);
  }

  private String token(int bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
  }

  private byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  /** The raw body to sign and post, and the reply token in it (null for unfollow). */
  record Body(byte[] bytes, String replyToken) {}
}
