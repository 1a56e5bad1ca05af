package jp.junction.bot.richmenu;

import java.util.ArrayList;
import java.util.List;

/** Lays tap areas out in rows when the file gives no bounds, and checks written bounds. */
final class RichMenuLayout {

  private RichMenuLayout() {}

  /**
   * {@code count} areas in as few rows as {@code columns} allow, the rows as even as possible
   * (earlier rows take the extra one), each row's areas sharing its width; the image is covered
   * edge to edge, so every pixel is part of a tap area.
   */
  static List<RichMenuFile.Bounds> rows(int count, int columns, int width, int height) {
    List<RichMenuFile.Bounds> out = new ArrayList<>();
    if (count < 1) {
      return out;
    }
    int rows = (count + columns - 1) / columns;
    int base = count / rows;
    int extra = count % rows;
    for (int row = 0; row < rows; row++) {
      int inRow = base + (row < extra ? 1 : 0);
      int top = height * row / rows;
      int bottom = height * (row + 1) / rows;
      for (int i = 0; i < inRow; i++) {
        int left = width * i / inRow;
        int right = width * (i + 1) / inRow;
        out.add(new RichMenuFile.Bounds(left, top, right - left, bottom - top));
      }
    }
    return out;
  }

  static boolean overlap(RichMenuFile.Bounds a, RichMenuFile.Bounds b) {
    return a.x() < b.x() + b.width()
        && b.x() < a.x() + a.width()
        && a.y() < b.y() + b.height()
        && b.y() < a.y() + a.height();
  }
}
