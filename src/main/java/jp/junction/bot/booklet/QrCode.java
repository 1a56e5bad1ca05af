package jp.junction.bot.booklet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector squares (sharp at any print size), with ZXing's encoder, error
 * correction M and a white quiet zone of four modules around it.
 */
final class QrCode {

  private static final int QUIET = 4;

  private final BitMatrix modules;

  QrCode(String text) {
    try {
      this.modules =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot make a QR code of " + text, e);
    }
  }

  /** Draws the code with its quiet zone as a square of {@code side} points, lower left at x, y. */
  void draw(PDPageContentStream out, float x, float y, float side) {
    int n = modules.getWidth();
    float unit = side / (n + 2 * QUIET);
    try {
      out.setNonStrokingColor(Color.WHITE);
      out.addRect(x, y, side, side);
      out.fill();
      out.setNonStrokingColor(Color.BLACK);
      for (int row = 0; row < n; row++) {
        int col = 0;
        while (col < n) {
          if (!modules.get(col, row)) {
            col++;
            continue;
          }
          int start = col;
          while (col < n && modules.get(col, row)) {
            col++;
          }
          out.addRect(
              x + (QUIET + start) * unit,
              y + side - (QUIET + row + 1) * unit,
              (col - start) * unit,
              unit);
        }
      }
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw the QR code", e);
    }
  }
}
