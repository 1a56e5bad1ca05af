package jp.junction.bot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** LINE-shaped webhook bodies (as in LINE's sample payloads) and their signatures, for tests. */
final class LineWebhookFixture {

  static final String SECRET = "test-channel-secret";

  private LineWebhookFixture() {}

  static String userId() {
    return "U" + UUID.randomUUID().toString().replace("-", "");
  }

  static String eventId() {
    return "01" + UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
  }

  static String replyToken() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  static String body(String... events) {
    return "{\"destination\":\"U0123456789abcdef0123456789abcdef\",\"events\":["
        + String.join(",", events)
        + "]}";
  }

  static String text(String userId, String eventId, String token, String text) {
    return event(
        "message",
        userId,
        eventId,
        token,
        false,
        "\"message\":{\"id\":\""
            + System.nanoTime()
            + "\",\"type\":\"text\",\"quoteToken\":\"q\","
            + "\"text\":"
            + json(text)
            + "}");
  }

  static String postback(String userId, String eventId, String token, String data) {
    return event(
        "postback", userId, eventId, token, false, "\"postback\":{\"data\":" + json(data) + "}");
  }

  /** A date picker's postback: its data, and the day chosen in params (as LINE sends it). */
  static String datePicked(String userId, String eventId, String token, String data, String date) {
    return event(
        "postback",
        userId,
        eventId,
        token,
        false,
        "\"postback\":{\"data\":" + json(data) + ",\"params\":{\"date\":" + json(date) + "}}");
  }

  static String location(String userId, String eventId, String token, double lat, double lon) {
    return event(
        "message",
        userId,
        eventId,
        token,
        false,
        "\"message\":{\"id\":\""
            + System.nanoTime()
            + "\",\"type\":\"location\",\"title\":\"駅\","
            + "\"address\":\"日本\",\"latitude\":"
            + lat
            + ",\"longitude\":"
            + lon
            + "}");
  }

  static String sticker(String userId, String eventId, String token) {
    return event(
        "message",
        userId,
        eventId,
        token,
        false,
        "\"message\":{\"id\":\"1\",\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1988\","
            + "\"stickerResourceType\":\"STATIC\"}");
  }

  static String follow(String userId, String eventId, String token) {
    return event("follow", userId, eventId, token, false, "\"follow\":{\"isUnblocked\":false}");
  }

  static String unfollow(String userId, String eventId) {
    return "{\"type\":\"unfollow\",\"mode\":\"active\",\"timestamp\":"
        + System.currentTimeMillis()
        + ",\"source\":{\"type\":\"user\",\"userId\":\""
        + userId
        + "\"},\"webhookEventId\":\""
        + eventId
        + "\",\"deliveryContext\":{\"isRedelivery\":false}}";
  }

  static String redelivered(String event) {
    return event.replace("\"isRedelivery\":false", "\"isRedelivery\":true");
  }

  /** The same event as if it had happened at the given time. */
  static String happenedAt(String event, java.time.Instant when) {
    return event.replaceFirst("\"timestamp\":\\d+", "\"timestamp\":" + when.toEpochMilli());
  }

  static String standby(String event) {
    return event.replace("\"mode\":\"active\"", "\"mode\":\"standby\"");
  }

  static String inGroup(String event, String groupId) {
    return event.replaceFirst(
        "\"source\":\\{\"type\":\"user\",",
        "\"source\":{\"type\":\"group\",\"groupId\":\"" + groupId + "\",");
  }

  static String unknownType(String userId, String eventId) {
    return "{\"type\":\"somethingNew\",\"mode\":\"active\",\"timestamp\":1,\"source\":{\"type\":"
        + "\"user\",\"userId\":\""
        + userId
        + "\"},\"webhookEventId\":\""
        + eventId
        + "\","
        + "\"deliveryContext\":{\"isRedelivery\":false},\"whatever\":{\"x\":1}}";
  }

  static String event(
      String type,
      String userId,
      String eventId,
      String token,
      boolean redelivery,
      String payload) {
    return "{\"type\":\""
        + type
        + "\",\"mode\":\"active\",\"timestamp\":"
        + System.currentTimeMillis()
        + ",\"source\":{\"type\":\"user\",\"userId\":\""
        + userId
        + "\"},\"webhookEventId\":\""
        + eventId
        + "\",\"deliveryContext\":{\"isRedelivery\":"
        + redelivery
        + "},\"replyToken\":\""
        + token
        + "\","
        + payload
        + "}";
  }

  static String sign(String body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
