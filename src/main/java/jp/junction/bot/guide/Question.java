package jp.junction.bot.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A question as it travels in postback data (so paging and refinements work even when no state can
 * be kept): text, optional location, the offset of the page wanted, and the refinements tapped
 * (kept apart from the text, so a long question keeps them and a second tap turns one off).
 */
record Question(
    String text, Double latitude, Double longitude, int offset, List<String> refinements) {

  /**
   * Longer questions are cut for the postback (LINE allows 300 characters of data): the start and,
   * where a long story usually says what it asks, the end. The whole question is kept in the
   * conversation state, so a tap within the conversation reads it all again.
   */
  static final int MAX_TEXT = 100;

  /** What is read of one question at most (LINE allows 5,000 characters). */
  static final int MAX_KEPT = 1000;

  private static final int HEAD = 30;

  Question {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_KEPT) {
      text = text.substring(0, safeEnd(text, MAX_KEPT));
    }
    offset = Math.max(0, Math.min(offset, 200));
    refinements = List.copyOf(refinements);
  }

  Question(String text, Double latitude, Double longitude, int offset) {
    this(text, latitude, longitude, offset, List.of());
  }

  /** What the search reads: the question and the words of each refinement that is on. */
  String searchText() {
    return refinements.isEmpty() ? text : (text + " " + String.join(" ", refinements)).strip();
  }

  /**
   * The same question with a refinement turned on, or off when it was on; from the first page.
   * Turning one on turns off those in {@code rivals} (refinements that contradict it).
   */
  Question toggled(String refinement, List<String> rivals) {
    List<String> next = new ArrayList<>(refinements);
    if (!next.remove(refinement)) {
      next.removeAll(rivals);
      next.add(refinement);
    }
    return new Question(text, latitude, longitude, 0, next);
  }

  Question toggled(String refinement) {
    return toggled(refinement, List.of());
  }

  /** The same question with the whole text of {@code full} when this one is its cut form. */
  Question restoredFrom(Question full) {
    return full.text.length() > MAX_TEXT && cut(full.text).equals(text)
        ? new Question(full.text, latitude, longitude, offset, refinements)
        : this;
  }

  /** The text as it travels in postback data. */
  static String cut(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int head = safeEnd(text, HEAD);
    int tailStart = text.length() - (MAX_TEXT - head - 1);
    if (Character.isLowSurrogate(text.charAt(tailStart))) {
      tailStart++;
    }
    return text.substring(0, head) + "…" + text.substring(tailStart);
  }

  private static int safeEnd(String text, int end) {
    return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
  }

  /** The same question with every refinement off. */
  Question cleared() {
    return new Question(text, latitude, longitude, 0, List.of());
  }

  static Question fromArgs(Map<String, String> args, String typed) {
    String text = args.getOrDefault("q", "");
    if (typed != null && !typed.isBlank()) {
      String hint = args.get("hint");
      text = hint == null ? typed : typed + " " + hint;
    }
    String tapped = args.getOrDefault("r", "");
    return new Question(
        text,
        number(args.get("lat")),
        number(args.get("lon")),
        intOr(args.get("o"), 0),
        tapped.isEmpty() ? List.of() : List.of(tapped.split("\\|")));
  }

  Question page(int newOffset) {
    return new Question(text, latitude, longitude, newOffset, refinements);
  }

  Map<String, String> toArgs() {
    Map<String, String> args = new HashMap<>();
    args.put("q", cut(text));
    if (latitude != null && longitude != null) {
      args.put("lat", String.format(java.util.Locale.ROOT, "%.5f", latitude));
      args.put("lon", String.format(java.util.Locale.ROOT, "%.5f", longitude));
    }
    if (offset > 0) {
      args.put("o", Integer.toString(offset));
    }
    if (!refinements.isEmpty()) {
      args.put("r", String.join("|", refinements));
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
