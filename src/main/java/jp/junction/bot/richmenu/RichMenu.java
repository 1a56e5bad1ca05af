package jp.junction.bot.richmenu;

import java.util.List;

/**
 * The rich menu as checked: the chat bar's words, the image size and every tap area with its place
 * and what a tap sends, as LINE would send it.
 */
public record RichMenu(String chatBarText, int width, int height, List<Area> areas) {

  public RichMenu {
    areas = List.copyOf(areas);
  }

  /** A tap area, with the words drawn on it and its background colour ({@code #RRGGBB}). */
  public record Area(
      String label, String note, String color, int x, int y, int width, int height, Tap tap) {}

  /** What a tap sends. */
  public sealed interface Tap {}

  /** A text message, as if typed. */
  public record Message(String text) implements Tap {}

  /** A postback with {@code data}; LINE shows {@code displayText} as the person's message. */
  public record Postback(String data, String displayText) implements Tap {}
}
