package jp.junction.bot.richmenu;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import jp.junction.bot.booklet.JapaneseFont;

/**
 * Draws the menu as a PNG: each area a rounded tile in its soft colour with its label large and its
 * note below, in the booklet's Japanese font; one label size for all, as large as the longest label
 * allows. The tiles cover the areas exactly, less a small gap, so what looks tappable is.
 */
final class RichMenuImage {

  private static final Color PAPER = new Color(0xFF, 0xF8, 0xEE);
  private static final Color INK = new Color(0x3B, 0x2A, 0x1E);
  private static final Color SOFT_INK = new Color(0x6B, 0x55, 0x45);
  private static final float MAX_LABEL_SHARE = 0.24f;
  private static final float NOTE_SHARE = 0.52f;

  private RichMenuImage() {}

  /** The PNG bytes of {@code menu}. */
  static byte[] png(RichMenu menu) {
    BufferedImage image =
        new BufferedImage(menu.width(), menu.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(PAPER);
      g.fillRect(0, 0, menu.width(), menu.height());
      int gap = Math.max(8, Math.min(menu.width(), menu.height()) / 60);
      float labelSize = labelSize(g, menu, gap);
      Font label = JapaneseFont.awt(JapaneseFont.Weight.BOLD, labelSize);
      Font note = JapaneseFont.awt(JapaneseFont.Weight.REGULAR, labelSize * NOTE_SHARE);
      for (RichMenu.Area area : menu.areas()) {
        tile(g, area, gap, label, note);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the rich menu PNG", e);
    }
    return out.toByteArray();
  }

  private static void tile(Graphics2D g, RichMenu.Area area, int gap, Font label, Font note) {
    Color fill = Color.decode(area.color());
    float x = area.x() + gap / 2f;
    float y = area.y() + gap / 2f;
    float w = area.width() - gap;
    float h = area.height() - gap;
    float radius = Math.min(w, h) * 0.12f;
    RoundRectangle2D shape = new RoundRectangle2D.Float(x, y, w, h, radius, radius);
    g.setColor(fill);
    g.fill(shape);
    g.setColor(darker(fill));
    g.setStroke(new BasicStroke(Math.max(3f, gap / 3f)));
    g.draw(shape);

    FontMetrics labelMetrics = g.getFontMetrics(label);
    float labelHeight = labelMetrics.getAscent() + labelMetrics.getDescent();
    float noteHeight = 0;
    FontMetrics noteMetrics = null;
    Font noteFont = note;
    if (area.note() != null) {
      noteFont = fitted(g, note, area.note(), w * 0.88f);
      noteMetrics = g.getFontMetrics(noteFont);
      noteHeight = (noteMetrics.getAscent() + noteMetrics.getDescent()) * 1.25f;
    }
    float top = y + (h - labelHeight - noteHeight) / 2f;
    g.setColor(INK);
    g.setFont(label);
    g.drawString(
        area.label(),
        x + (w - labelMetrics.stringWidth(area.label())) / 2f,
        top + labelMetrics.getAscent());
    if (noteMetrics != null) {
      g.setColor(SOFT_INK);
      g.setFont(noteFont);
      g.drawString(
          area.note(),
          x + (w - noteMetrics.stringWidth(area.note())) / 2f,
          top + labelHeight + noteHeight - noteMetrics.getDescent());
    }
  }

  /** The largest label size at which every label fits its tile, capped by the lowest tile. */
  private static float labelSize(Graphics2D g, RichMenu menu, int gap) {
    float size = Float.MAX_VALUE;
    Font probe = JapaneseFont.awt(JapaneseFont.Weight.BOLD, 100f);
    for (RichMenu.Area area : menu.areas()) {
      float w = (area.width() - gap) * 0.84f;
      float h = (area.height() - gap) * MAX_LABEL_SHARE;
      int at100 = Math.max(1, g.getFontMetrics(probe).stringWidth(area.label()));
      size = Math.min(size, Math.min(h, 100f * w / at100));
    }
    return Math.max(12f, size);
  }

  private static Font fitted(Graphics2D g, Font font, String text, float width) {
    int drawn = Math.max(1, g.getFontMetrics(font).stringWidth(text));
    return drawn <= width ? font : font.deriveFont(font.getSize2D() * width / drawn);
  }

  private static Color darker(Color c) {
    return new Color(
        (int) (c.getRed() * 0.82), (int) (c.getGreen() * 0.82), (int) (c.getBlue() * 0.82));
  }
}
