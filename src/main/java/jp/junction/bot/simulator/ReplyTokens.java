package jp.junction.bot.simulator;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reply tokens the page has put into webhook events, each mapped to the chat it was issued for.
 * Like LINE's, a token works once; unlike LINE's it does not expire by time, only when more than
 * {@code capacity} tokens are waiting (the oldest is forgotten).
 */
final class ReplyTokens {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> userByToken;

  ReplyTokens(int capacity) {
    this.userByToken =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > capacity;
          }
        };
  }

  /** A new token for the chat, in LINE's format (32 hexadecimal digits). */
  synchronized String issue(String userId) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    userByToken.put(token, userId);
    return token;
  }

  /** The chat the token was issued for, or null when it is unknown or already used. */
  synchronized String redeem(String token) {
    return token == null ? null : userByToken.remove(token);
  }
}
