package jp.junction.bot.booklet;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese font the bot draws with (Noto Sans JP, SIL Open Font License 1.1), loaded from the
 * classpath ({@code booklet/fonts/}, put there by {@code tools/booklet-font/fetch.sh}) once per
 * weight: as a subset-embedded PDF font for the booklet, or as an AWT font for images.
 */
public final class JapaneseFont {

  /** The weights shipped. */
  public enum Weight {
    REGULAR("NotoSansJP_400Regular.ttf"),
    BOLD("NotoSansJP_700Bold.ttf");

    private final String file;

    Weight(String file) {
      this.file = file;
    }
  }

  static final String FOLDER = "booklet/fonts/";

  private static final ConcurrentHashMap<Weight, byte[]> BYTES = new ConcurrentHashMap<>();

  private JapaneseFont() {}

  /** Whether the font files are on the classpath (the fetch script ran at build time). */
  public static boolean installed() {
    for (Weight w : Weight.values()) {
      if (JapaneseFont.class.getClassLoader().getResource(FOLDER + w.file) == null) {
        return false;
      }
    }
    return true;
  }

  /** The font as a subset embedded in {@code document} (only the glyphs drawn are written). */
  public static PDType0Font pdf(PDDocument document, Weight weight) {
    try {
      return PDType0Font.load(document, new ByteArrayInputStream(bytes(weight)), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + FOLDER + weight.file, e);
    }
  }

  /** The font for Java2D drawing (images), at {@code size} points. */
  public static Font awt(Weight weight, float size) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(weight)))
          .deriveFont(size);
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("Cannot read the font " + FOLDER + weight.file, e);
    }
  }

  private static byte[] bytes(Weight weight) {
    return BYTES.computeIfAbsent(weight, JapaneseFont::read);
  }

  private static byte[] read(Weight weight) {
    String path = FOLDER + weight.file;
    try (InputStream in = JapaneseFont.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new MissingFont(path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + path, e);
    }
  }

  /** The font files are not on the classpath: the build ran without npm. */
  public static final class MissingFont extends IllegalStateException {
    MissingFont(String path) {
      super(
          "The Japanese font "
              + path
              + " is not on the classpath: run tools/booklet-font/fetch.sh (needs npm) or build"
              + " with Maven, which runs it");
    }
  }
}
