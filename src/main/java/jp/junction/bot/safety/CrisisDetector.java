package jp.junction.bot.safety;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import jp.junction.bot.conversation.DialogContent;
import org.springframework.stereotype.Component;

/**
 * Recognises messages that say someone may want to die or hurt themselves, from the phrase list in
 * {@code dialogs/crisis.yml} ({@code lists: crisis_phrases}). Matching ignores width, case, spaces,
 * punctuation, emoji and the difference between hiragana and katakana. A phrase written only in
 * Latin letters (OD) must not be part of a longer Latin word, so "good" is not "OD".
 */
@Component
class CrisisDetector {

  private final List<String> phrases;

  CrisisDetector(DialogContent content) {
    this.phrases =
        content.list(SafetyLists.CRISIS_PHRASES).stream()
            .map(CrisisDetector::fold)
            .distinct()
            .toList();
    if (phrases.isEmpty() || phrases.contains("")) {
      throw new IllegalStateException(
          "dialogs: lists."
              + SafetyLists.CRISIS_PHRASES.key()
              + " is empty or has a phrase with no letters");
    }
  }

  boolean isCrisis(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    String folded = fold(text);
    String words = null;
    for (String phrase : phrases) {
      if (!isLatin(phrase)) {
        if (folded.contains(phrase)) {
          return true;
        }
      } else {
        words = words == null ? words(text) : words;
        if (standsAlone(folded, phrase) || standsAlone(words, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A Latin phrase must not touch other Latin letters, looked at with spaces dropped ("O D",
   * "ODした") and with word breaks kept ("took an OD"); "good" and "ODA" do not match.
   */
  private static boolean standsAlone(String folded, String phrase) {
    for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      boolean alone =
          (at == 0 || !isLatin(folded.charAt(at - 1)))
              && (end == folded.length() || !isLatin(folded.charAt(end)));
      if (alone) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatin(String phrase) {
    return phrase.chars().allMatch(c -> isLatin((char) c));
  }

  private static boolean isLatin(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static String words(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    n.codePoints()
        .map(cp -> Character.isLetterOrDigit(cp) ? cp : ' ')
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Folds text for matching: NFKC (width), lower case, letters and digits only, katakana for
   * hiragana. Spaces are dropped too, so a phrase split by spaces or symbols still matches.
   */
  static String fold(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    n.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(cp -> cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
