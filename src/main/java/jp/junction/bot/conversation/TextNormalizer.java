package jp.junction.bot.conversation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises typed text for matching triggers: width and compatibility forms (NFKC), case, spaces
 * and trailing punctuation, so 「メニュー！」「ﾒﾆｭｰ」「 メニュー 」 all match メニュー.
 */
final class TextNormalizer {

  private TextNormalizer() {}

  static String forMatching(String text) {
    if (text == null) {
      return "";
    }
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    n.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
        .filter(cp -> cp != 0x3000)
        .forEach(out::appendCodePoint);
    int end = out.length();
    while (end > 0 && "。、,.!?！？…~〜・".indexOf(out.charAt(end - 1)) >= 0) {
      end--;
    }
    return out.substring(0, end);
  }
}
