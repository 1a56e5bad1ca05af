package jp.junction.bot.booklet;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The booklet's page size: A5, or A6 (an A5 sheet folded once, or a pocket booklet). */
public enum BookletFormat {
  A5(PDRectangle.A5, 1f),
  A6(PDRectangle.A6, 0.78f);

  private final PDRectangle page;
  private final float scale;

  BookletFormat(PDRectangle page, float scale) {
    this.page = page;
    this.scale = scale;
  }

  PDRectangle page() {
    return page;
  }

  /** Type sizes and margins relative to A5. */
  float scale() {
    return scale;
  }
}
