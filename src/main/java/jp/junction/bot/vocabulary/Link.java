package jp.junction.bot.vocabulary;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A web link a person can open from a card: {@code https} or {@code http}, percent-encoded UTF-8
 * and at most {@value #MAX_LENGTH} characters, which is what LINE accepts in a button (a link it
 * refuses makes LINE refuse the whole reply). Made only by {@link #parse}, where data enters.
 */
public final class Link {

  /** The longest link LINE takes in a URI action. */
  public static final int MAX_LENGTH = 1000;

  private static final String HEX = "0123456789ABCDEF";

  /** ASCII that stands for itself after the host (RFC 3986 unreserved, sub-delims, : @ / ?). */
  private static final String KEPT = "-._~!$&'()*+,;=:@/?";

  private final String value;

  private Link(String value) {
    this.value = value;
  }

  /** Whether {@code text} is meant as a link (starts with {@code https://} or {@code http://}). */
  public static boolean looksLikeLink(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("https://") || s.startsWith("http://");
  }

  /** The link, or empty when {@link #parse} would refuse it. */
  public static Optional<Link> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Checks and normalises a link as people write it: surrounding spaces go; the scheme and host are
   * lower-cased (a Japanese host name becomes its xn-- form); characters a URI cannot hold (spaces,
   * Japanese, quotes) are percent-encoded as UTF-8; escapes already there stay. Normalising a
   * normalised link changes nothing.
   *
   * @throws IllegalArgumentException saying what is wrong: not http(s), no or a bad host, a user
   *     name before the host, a control character, or too long once encoded
   */
  public static Link parse(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("the link is empty");
    }
    int colon = s.indexOf("://");
    String scheme = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "'" + shortened(s) + "' is not a web link: it must start with https:// or http://");
    }
    String rest = s.substring(colon + 3);
    int end = firstOf(rest, "/?#");
    String normalised =
        scheme + "://" + authority(rest.substring(0, end), s) + encoded(rest.substring(end), s);
    if (normalised.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "the link is "
              + normalised.length()
              + " characters long once encoded; LINE opens links of at most "
              + MAX_LENGTH);
    }
    try {
      if (new URI(normalised).getHost() == null) {
        throw new IllegalArgumentException("'" + shortened(s) + "' has no valid host name");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "'" + shortened(s) + "' is not a valid link (" + e.getReason() + ")", e);
    }
    return new Link(normalised);
  }

  /** As {@link URI}, for the LINE client. */
  public URI uri() {
    return URI.create(value);
  }

  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Link link && link.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The host (and port), lower-cased, an international name in its ASCII form. */
  private static String authority(String authority, String link) {
    if (authority.contains("@")) {
      throw new IllegalArgumentException(
          "'" + shortened(link) + "' has a user name before the host, which is not allowed");
    }
    int portAt = authority.lastIndexOf(':');
    boolean hasPort =
        portAt >= 0
            && !authority.endsWith("]")
            && authority.substring(portAt + 1).chars().allMatch(Character::isDigit);
    String host = hasPort ? authority.substring(0, portAt) : authority;
    String port = hasPort ? authority.substring(portAt) : "";
    if (host.isEmpty()) {
      throw new IllegalArgumentException("'" + shortened(link) + "' has no host name");
    }
    try {
      return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT) + port;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + shortened(link) + "' has no valid host name (" + e.getMessage() + ")", e);
    }
  }

  /** Path, query and fragment with everything a URI cannot hold percent-encoded as UTF-8. */
  private static String encoded(String tail, String link) {
    StringBuilder out = new StringBuilder(tail.length());
    boolean inFragment = false;
    for (int i = 0; i < tail.length(); ) {
      int c = tail.codePointAt(i);
      int width = Character.charCount(c);
      if (c < 0x20 || c == 0x7F) {
        throw new IllegalArgumentException(
            "'" + shortened(link) + "' contains a line break or control character");
      }
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        throw new IllegalArgumentException("'" + shortened(link) + "' contains a broken character");
      }
      if (isAsciiLetterOrDigit(c) || KEPT.indexOf(c) >= 0) {
        out.append((char) c);
      } else if (c == '%' && isEscape(tail, i)) {
        out.append(tail, i, i + 3);
        width = 3;
      } else if (c == '#' && !inFragment) {
        inFragment = true;
        out.append('#');
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
      }
      i += width;
    }
    return out.toString();
  }

  private static boolean isEscape(String s, int at) {
    return at + 2 < s.length()
        && HEX.indexOf(Character.toUpperCase(s.charAt(at + 1))) >= 0
        && HEX.indexOf(Character.toUpperCase(s.charAt(at + 2))) >= 0;
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  /** The start of a long link, for messages. */
  private static String shortened(String link) {
    return link.length() <= 80 ? link : link.substring(0, 80) + "…";
  }
}
