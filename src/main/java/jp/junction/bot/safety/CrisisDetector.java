package jp.junction.bot.safety;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import jp.junction.bot.conversation.DialogContent;
import org.springframework.stereotype.Component;

/**
 * Recognises messages that say someone may want to die or hurt themselves, from the phrase list in
 * {@code dialogs/crisis.yml} ({@code lists: crisis_phrases}). Matching ignores width, case, spaces,
 * punctuation and the difference between hiragana and katakana.
 */
@Component
class CrisisDetector {

  static final String PHRASES = "crisis_phrases";

  private final List<String> phrases;

  CrisisDetector(DialogContent content) {
    this.phrases = content.list(PHRASES).stream().map(CrisisDetector::fold).distinct().toList();
    if (phrases.isEmpty()) {
      throw new IllegalStateException("dialogs: lists." + PHRASES + " is missing or empty");
    }
  }

  boolean isCrisis(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    String folded = fold(text);
    for (String phrase : phrases) {
      if (folded.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

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
