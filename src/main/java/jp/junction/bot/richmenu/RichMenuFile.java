package jp.junction.bot.richmenu;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code dialogs/richmenu.yml} as written by staff. Unknown keys are rejected at load.
 *
 * @param chatBarText the words on the bar that opens and closes the menu
 * @param size the image's size in pixels
 * @param columns when no area gives its bounds: at most this many areas a row, rows as even as
 *     possible, so adding an area is one line
 * @param areas the tap areas, in reading order
 */
record RichMenuFile(String chatBarText, Size size, Integer columns, List<Area> areas) {

  RichMenuFile {
    areas = areas == null ? List.of() : List.copyOf(areas);
  }

  /** Width and height in pixels. */
  record Size(int width, int height) {}

  /** Where an area is on the image, in pixels from the top left. */
  record Bounds(int x, int y, int width, int height) {}

  /**
   * One tap area: the words drawn on it ({@code label}, and a smaller {@code note}), an optional
   * background {@code color} ({@code #RRGGBB}), its {@code bounds} (or none, laid out by columns),
   * and exactly one of {@code text} (sent as if typed; must reach a dialog trigger) or {@code goto}
   * (a tap that shows that dialog node, shown in the chat as the label).
   */
  record Area(
      String label,
      String note,
      String color,
      Bounds bounds,
      String text,
      @JsonProperty("goto") String gotoNode) {}
}
