package jp.junction.bot.guide;

import java.util.HashMap;
import java.util.Map;

/**
 * A question as it travels in postback data (so paging and refinements work even when no state can
 * be kept): text, optional location, and the offset of the page wanted.
 */
record Question(String text, Double latitude, Double longitude, int offset) {

  /** Longer questions are cut for the postback (LINE allows 300 characters of data). */
  static final int MAX_TEXT = 100;

  Question {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_TEXT) {
      text =
          text.substring(
              0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
    }
    offset = Math.max(0, Math.min(offset, 200));
  }

  static Question fromArgs(Map<String, String> args, String typed) {
    String text = args.getOrDefault("q", "");
    if (typed != null && !typed.isBlank()) {
      String hint = args.get("hint");
      text = hint == null ? typed : typed + " " + hint;
    }
    return new Question(
        text, number(args.get("lat")), number(args.get("lon")), intOr(args.get("o"), 0));
  }

  Question withText(String newText) {
    return new Question(newText, latitude, longitude, 0);
  }

  Question page(int newOffset) {
    return new Question(text, latitude, longitude, newOffset);
  }

  Map<String, String> toArgs() {
    Map<String, String> args = new HashMap<>();
    args.put("q", text);
    if (latitude != null && longitude != null) {
      args.put("lat", String.format(java.util.Locale.ROOT, "%.5f", latitude));
      args.put("lon", String.format(java.util.Locale.ROOT, "%.5f", longitude));
    }
    if (offset > 0) {
      args.put("o", Integer.toString(offset));
    }
    return args;
  }

  private static Double number(String value) {
    if (value == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(value);
      return Double.isFinite(d) && Math.abs(d) <= 180 ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int intOr(String value, int fallback) {
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
