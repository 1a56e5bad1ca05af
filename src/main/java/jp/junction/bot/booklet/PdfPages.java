package jp.junction.bot.booklet;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Pages that fill from the top: text is wrapped ({@link LineBreaker}) into lines, a block of lines
 * is measured before it is drawn so that it moves whole to the next page when it does not fit, and
 * characters the font lacks (emoji) are left out rather than breaking the document.
 */
final class PdfPages implements AutoCloseable {

  /** How a piece of text looks. */
  record Style(PDFont font, float size, Color color, float leading) {
    float lineHeight() {
      return size * leading;
    }
  }

  /** A laid-out line: its text, style and left indent. */
  record Line(String text, Style style, float indent, boolean centred) {}

  private final PDDocument document;
  private final PDRectangle size;
  private final float margin;
  private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
  private final Map<PDFont, Map<Integer, Float>> advances = new HashMap<>();
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream out;
  private float y;

  PdfPages(PDDocument document, PDRectangle size, float margin) {
    this.document = document;
    this.size = size;
    this.margin = margin;
  }

  float width() {
    return size.getWidth() - 2 * margin;
  }

  float top() {
    return size.getHeight() - margin;
  }

  /** Space left on the page, down to the bottom margin (a footer sits inside it). */
  float left() {
    return y - margin;
  }

  float y() {
    return y;
  }

  int pageCount() {
    return pages.size();
  }

  List<PDPage> pages() {
    return pages;
  }

  PDPageContentStream stream() {
    return out;
  }

  void newPage() {
    try {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(size);
      document.addPage(page);
      pages.add(page);
      out = new PDPageContentStream(document, page);
      y = top();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a booklet page", e);
    }
  }

  /** Moves on to a new page unless {@code height} fits on this one. */
  void keep(float height) {
    if (out == null || (height > left() && y < top())) {
      newPage();
    }
  }

  void gap(float height) {
    y -= height;
  }

  List<Line> wrap(String text, Style style, float indent) {
    return wrap(text, style, indent, false);
  }

  List<Line> wrap(String text, Style style, float indent, boolean centred) {
    String printable = printable(text, style.font());
    List<Line> lines = new ArrayList<>();
    for (String line :
        new LineBreaker(s -> width(s, style))
            .lines(printable, width() - indent - style.size() / 2)) {
      lines.add(new Line(line, style, indent, centred));
    }
    return lines;
  }

  static float height(List<Line> lines) {
    float h = 0;
    for (Line line : lines) {
      h += line.style().lineHeight();
    }
    return h;
  }

  void draw(List<Line> lines) {
    try {
      for (Line line : lines) {
        Style s = line.style();
        y -= s.lineHeight();
        if (line.text().isEmpty()) {
          continue;
        }
        float x =
            line.centred()
                ? (size.getWidth() - (float) width(line.text(), s)) / 2
                : margin + line.indent();
        out.beginText();
        out.setFont(s.font(), s.size());
        out.setNonStrokingColor(s.color());
        out.newLineAtOffset(x, y + (s.lineHeight() - s.size()) / 2 + s.size() * 0.12f);
        out.showText(line.text());
        out.endText();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw booklet text", e);
    }
  }

  /** A filled rectangle at the current position going down {@code height}. */
  void box(float x, float height, float width, Color color) {
    try {
      out.setNonStrokingColor(color);
      out.addRect(margin + x, y - height, width, height);
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw on a booklet page", e);
    }
  }

  /** The width of {@code text} in points, from each character's advance (kept per font). */
  double width(String text, Style style) {
    Map<Integer, Float> widths = advances.computeIfAbsent(style.font(), f -> new HashMap<>());
    double sum = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      sum += widths.computeIfAbsent(cp, c -> advance(style.font(), c));
      i += Character.charCount(cp);
    }
    return sum / 1000.0 * style.size();
  }

  private static float advance(PDFont font, int cp) {
    try {
      return font.getStringWidth(Character.toString(cp));
    } catch (IOException | IllegalArgumentException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
        out = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot finish a booklet page", e);
    }
  }

  /** The text without what the font cannot draw (emoji, control characters). */
  private String printable(String text, PDFont font) {
    Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || (cp >= 0x20 && known.computeIfAbsent(cp, c -> drawable(font, c)))) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static boolean drawable(PDFont font, int cp) {
    try {
      font.encode(Character.toString(cp));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
