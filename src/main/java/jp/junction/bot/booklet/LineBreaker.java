package jp.junction.bot.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks Japanese text into lines of a given width, as Japanese is typeset: anywhere between two
 * characters, except that a line never starts with closing punctuation, small kana or a prolonged
 * sound mark (、。」） ぁ ー …: 行頭禁則) and never ends with an opening bracket (「（: 行末禁則); 、。 may hang into
 * the margin rather than push a character down. A run of Latin letters, digits and their
 * punctuation (a phone number, a link, an English word) stays whole when it fits a line. Explicit
 * line breaks are kept.
 */
final class LineBreaker {

  private static final String NO_START =
      "、。，．,.)）]］}｝〕〉》」』】〙〗〟’”｠»・：；:;?？!！‼⁇⁈⁉ーヽヾゝゞ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ゠〜～…‥%％℃";
  private static final String NO_END = "(（[［{｛〔〈《「『【〘〖〝‘“｟«";
  private static final String HANGING = "、。，．,.";

  private final ToDoubleFunction<String> width;

  /** {@code width}: how wide a piece of text is, in the unit of the line width. */
  LineBreaker(ToDoubleFunction<String> width) {
    this.width = width;
  }

  List<String> lines(String text, double maxWidth) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      breakParagraph(paragraph, maxWidth, out);
    }
    return out;
  }

  private void breakParagraph(String paragraph, double maxWidth, List<String> out) {
    List<String> units = units(paragraph, maxWidth);
    List<String> line = new ArrayList<>();
    double used = 0;
    for (String unit : units) {
      double w = width.applyAsDouble(unit);
      if (line.isEmpty() || used + w <= maxWidth) {
        if (!(line.isEmpty() && unit.isBlank() && !out.isEmpty())) {
          line.add(unit);
          used += w;
        }
        continue;
      }
      if (unit.isBlank()) {
        out.add(String.join("", line).stripTrailing());
        line.clear();
        used = 0;
        continue;
      }
      List<String> carried = new ArrayList<>();
      if (startsWithAny(unit, HANGING)) {
        line.add(unit);
        out.add(String.join("", line));
        line.clear();
        used = 0;
        continue;
      }
      if (startsWithAny(unit, NO_START) && line.size() > 1) {
        carried.add(0, line.remove(line.size() - 1));
      }
      while (line.size() > 1 && endsWithAny(line.get(line.size() - 1), NO_END)) {
        carried.add(0, line.remove(line.size() - 1));
      }
      out.add(String.join("", line).stripTrailing());
      line.clear();
      line.addAll(carried);
      line.add(unit);
      used = line.stream().mapToDouble(width::applyAsDouble).sum();
    }
    out.add(String.join("", line).stripTrailing());
  }

  /**
   * Characters one by one, except Latin runs, which stay whole unless wider than a line (then they
   * are cut where they must be).
   */
  private List<String> units(String text, double maxWidth) {
    List<String> units = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (isLatin(cp)) {
        while (end < text.length() && isLatin(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        String run = text.substring(i, end);
        if (width.applyAsDouble(run) <= maxWidth) {
          units.add(run);
        } else {
          run.codePoints().forEach(c -> units.add(Character.toString(c)));
        }
      } else {
        units.add(text.substring(i, end));
      }
      i = end;
    }
    return units;
  }

  private static boolean isLatin(int cp) {
    return cp > 0x20 && cp < 0x7F;
  }

  private static boolean startsWithAny(String unit, String chars) {
    return chars.indexOf(unit.codePointAt(0)) >= 0;
  }

  private static boolean endsWithAny(String unit, String chars) {
    return chars.indexOf(unit.codePointBefore(unit.length())) >= 0;
  }
}
