package jp.junction.bot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.line.LineLimits;

/**
 * The postback data the bot issues, as pairs: {@code n=<node>} to show a node, or {@code
 * a=<action>&k=v...} to run an action, led by {@code l=<language>} for a button said in a
 * conversation (so a tap is answered in its language without reading the state; a button without it
 * — the rich menu, a push — is answered in the language the state keeps). Only {@code % & =} are
 * percent-encoded, so Japanese words stay one character each within LINE's 300-character limit.
 * Anything else (forged, truncated, too long) parses as empty and gets the gentle fallback.
 */
record PostbackData(String node, String action, Map<String, String> args, Language language) {

  private static final int MAX_PAIRS = 12;
  private static final String LANGUAGE = "l";

  /** The most the language pair adds to a button's data ({@code l=easy&}). */
  static final int LANGUAGE_PAIR = 7;

  /**
   * {@code data} led by the language it was said in; as it is for a button made outside a
   * conversation ({@code language} null: the rich menu, a push), which the kept language answers.
   */
  static String in(String data, Language language) {
    return language == null ? data : LANGUAGE + "=" + language.code() + "&" + data;
  }

  static String encode(DialogFile.Choice choice) {
    if (choice.gotoNode() != null) {
      return node(choice.gotoNode());
    }
    if (choice.action() != null) {
      return action(choice.action(), choice.args());
    }
    return "";
  }

  /** Data for a postback that shows node {@code id}. */
  static String node(String id) {
    return "n=" + enc(id);
  }

  /**
   * Data for a postback that runs {@code action} with {@code args}; for features' own buttons. The
   * keys {@code n}, {@code a} and {@code l} are the data's own: an argument named so would be read
   * back as a node, an action or a language, so it is refused here rather than lost at the tap.
   */
  static String action(String action, Map<String, String> args) {
    checkArgs(args);
    StringBuilder data = new StringBuilder("a=").append(enc(action));
    args.forEach((k, v) -> data.append('&').append(enc(k)).append('=').append(enc(v)));
    return data.toString();
  }

  /** Refuses arguments named as the data's own keys; dialog files are checked so at load. */
  static Map<String, String> checkArgs(Map<String, String> args) {
    for (String reserved : new String[] {"n", "a", LANGUAGE}) {
      if (args.containsKey(reserved)) {
        throw new IllegalArgumentException(
            "an argument may not be named '" + reserved + "': the postback uses it itself");
      }
    }
    return args;
  }

  static Optional<PostbackData> parse(String data) {
    if (data == null || data.isEmpty() || data.length() > LineLimits.POSTBACK_DATA) {
      return Optional.empty();
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    String[] parts = data.split("&", MAX_PAIRS + 1);
    if (parts.length > MAX_PAIRS) {
      return Optional.empty();
    }
    for (String part : parts) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        return Optional.empty();
      }
      String key = dec(part.substring(0, eq));
      String value = dec(part.substring(eq + 1));
      if (key == null || value == null || pairs.putIfAbsent(key, value) != null) {
        return Optional.empty();
      }
    }
    String node = pairs.remove("n");
    String action = pairs.remove("a");
    String said = pairs.remove(LANGUAGE);
    if ((node == null) == (action == null)) {
      return Optional.empty();
    }
    Language language = said == null ? null : Language.of(said).orElse(null);
    if (said != null && language == null) {
      return Optional.empty();
    }
    return Optional.of(new PostbackData(node, action, Map.copyOf(pairs), language));
  }

  private static String enc(String value) {
    return value.replace("%", "%25").replace("&", "%26").replace("=", "%3D");
  }

  /** Decodes what {@link #enc} wrote; null for any other escape. */
  private static String dec(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      String escape =
          value.startsWith("%25", i)
              ? "%"
              : value.startsWith("%26", i) ? "&" : value.startsWith("%3D", i) ? "=" : null;
      if (escape == null) {
        return null;
      }
      out.append(escape);
      i += 2;
    }
    return out.toString();
  }
}
