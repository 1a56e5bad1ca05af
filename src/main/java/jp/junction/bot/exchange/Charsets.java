package jp.junction.bot.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decides how exchange files are decoded: valid UTF-8 (BOM or not) first, else CP932. */
final class Charsets {

  static final Charset CP932 = Charset.forName("windows-31j");

  private Charsets() {}

  static String decode(byte[] bytes, Charset explicit) {
    String text;
    if (explicit != null) {
      text = new String(bytes, explicit);
    } else {
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException notUtf8) {
        text = new String(bytes, CP932);
      }
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
