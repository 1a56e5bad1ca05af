package jp.junction.bot.conversation;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The postback data the bot issues, as URL-encoded pairs: {@code n=<node>} to show a node, or
 * {@code a=<action>&k=v...} to run an action. Anything else (forged, truncated, too long) parses
 * as empty and gets the gentle fallback.
 */
record PostbackData(String node, String action, Map<String, String> args) {

  static final int MAX_LENGTH = 300;
  private static final int MAX_PAIRS = 12;

  static String encode(DialogFile.Choice choice) {
    if (choice.gotoNode() != null) {
      return "n=" + enc(choice.gotoNode());
    }
    if (choice.action() != null) {
      return action(choice.action(), choice.args());
    }
    return "";
  }

  /** Data for a postback that runs {@code action} with {@code args}; for features' own buttons. */
  static String action(String action, Map<String, String> args) {
    StringBuilder data = new StringBuilder("a=").append(enc(action));
    args.forEach((k, v) -> data.append('&').append(enc(k)).append('=').append(enc(v)));
    return data.toString();
  }

  static Optional<PostbackData> parse(String data) {
    if (data == null || data.isEmpty() || data.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    String[] parts = data.split("&", MAX_PAIRS + 1);
    if (parts.length > MAX_PAIRS) {
      return Optional.empty();
    }
    try {
      for (String part : parts) {
        int eq = part.indexOf('=');
        if (eq <= 0) {
          return Optional.empty();
        }
        String key = URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8);
        String value = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
        if (pairs.putIfAbsent(key, value) != null) {
          return Optional.empty();
        }
      }
    } catch (IllegalArgumentException malformedEscape) {
      return Optional.empty();
    }
    String node = pairs.remove("n");
    String action = pairs.remove("a");
    if ((node == null) == (action == null)) {
      return Optional.empty();
    }
    return Optional.of(new PostbackData(node, action, Map.copyOf(pairs)));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
