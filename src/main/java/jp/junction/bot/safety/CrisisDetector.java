package jp.junction.bot.safety;

import java.util.Map;
import java.util.Optional;
import jp.junction.bot.conversation.DialogContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Recognises messages that say someone may want to die or hurt themselves, by meaning class over
 * the message as {@link CrisisNormalizer} folds it: first the patterns of {@code
 * dialogs/crisis.yml}, then the meaning frames of {@code dialogs/crisis-meaning.yml} over the words
 * as the analyser reads them ({@link MeaningFrames}). It also tells apart a crisis told about
 * someone else (息子が死にたいと言っている).
 */
@Component
class CrisisDetector {

  /** Whose crisis a message is about, if any. */
  enum Reading {
    NONE,
    /**
     * Not a crisis, but about suicide or self-harm as a subject (crisis_not): bereavement, news.
     */
    TOPIC,
    SELF,
    SOMEONE_ELSE
  }

  private final CrisisPatterns patterns;

  @Autowired
  CrisisDetector(DialogContent content) {
    this(content, CrisisModel.load());
  }

  /** With another model ({@link CrisisModel#none()} while a new one is learnt). */
  CrisisDetector(DialogContent content, CrisisModel model) {
    this.patterns = new CrisisPatterns(content, model);
    patterns.checkNever(content, this);
  }

  boolean isCrisis(String text) {
    return meaning(text).isPresent();
  }

  Reading read(String text) {
    if (text == null || text.isEmpty()) {
      return Reading.NONE;
    }
    CrisisNormalizer.Views views = patterns.normalizer.views(text);
    String kana = withoutNot(views.kana());
    if (matched(kana, views.latin(), views.words()).isEmpty()) {
      boolean suspected = modelSuspects(kana);
      if (!suspected || patterns.asks.matches(kana)) {
        // Nothing, or only the model suspecting a message that asks for a place: the search,
        // with the lines beside in that case.
        return kana.equals(views.kana()) && !suspected ? Reading.NONE : Reading.TOPIC;
      }
    }
    return patterns.someoneElse.matches(kana) ? Reading.SOMEONE_ELSE : Reading.SELF;
  }

  /**
   * Whether a crisis message is written in English: mostly Latin letters, and found by the English
   * patterns (「i m suicidal」, 「kms」), so its crisis answer is the English one even when it has too
   * few common words to turn a conversation to English.
   */
  boolean inEnglish(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    int latin = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetter(c)) {
        letters++;
        if (c >= 'a' && c <= 'z') {
          latin++;
        }
      }
    }
    if (latin == 0 || latin < 0.8 * letters) {
      return false;
    }
    CrisisNormalizer.Views views = patterns.normalizer.views(text);
    String words = views.latin();
    return patterns.meanings.entrySet().stream()
        .anyMatch(e -> e.getKey().latin() && e.getValue().matches(words));
  }

  /** The first meaning class a message matches. */
  Optional<CrisisMeaning> meaning(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    CrisisNormalizer.Views views = patterns.normalizer.views(text);
    return meaning(withoutNot(views.kana()), views.latin(), views.words());
  }

  /** Which pattern or frame makes {@code text} a crisis, as written in dialogs/ (for figures). */
  Optional<String> explain(String text) {
    CrisisNormalizer.Views views = patterns.normalizer.views(text);
    String kana = withoutNot(views.kana());
    for (Map.Entry<CrisisMeaning, PatternIndex> e : patterns.meanings.entrySet()) {
      Optional<String> found = e.getValue().firstMatch(e.getKey().latin() ? views.latin() : kana);
      if (found.isPresent()) {
        return found;
      }
    }
    Optional<String> frame = patterns.frames.explain(withoutNot(views.words()));
    if (frame.isPresent()) {
      return frame;
    }
    double score = patterns.model.score(kana);
    return modelSuspects(kana) && !patterns.asks.matches(kana)
        ? Optional.of(String.format(java.util.Locale.ROOT, "crisis model (%.3f)", score))
        : Optional.empty();
  }

  /** The message as the patterns and the model read it (folded, crisis_not cut out). */
  String folded(String text) {
    return withoutNot(patterns.normalizer.views(text).kana());
  }

  private Optional<CrisisMeaning> meaning(String kana, String latin, String words) {
    Optional<CrisisMeaning> found = matched(kana, latin, words);
    if (found.isPresent()) {
      return found;
    }
    // Third reading: the model over the whole message, unless the message asks for a place (then
    // read() makes it a topic: the search answers, with the lines beside).
    return modelSuspects(kana) && !patterns.asks.matches(kana)
        ? Optional.of(CrisisMeaning.WISH)
        : Optional.empty();
  }

  /**
   * Shorter than this, a message is left to the patterns and frames (the model over-reads short
   * wishes).
   */
  static final int MODEL_MIN_LETTERS = 15;

  /**
   * Whether the model suspects the folded message: only for messages of at least {@value
   * #MODEL_MIN_LETTERS} letters that are mostly not Latin (the model learnt too few everyday
   * English messages to judge English; the English patterns do).
   */
  private boolean modelSuspects(String kana) {
    return modelReads(kana) && patterns.model.suspects(kana);
  }

  /**
   * Whether the model reads a folded message at all: {@value #MODEL_MIN_LETTERS} letters or more,
   * mostly not Latin.
   */
  static boolean modelReads(String kana) {
    if (kana.length() < MODEL_MIN_LETTERS) {
      return false;
    }
    int latin = 0;
    int letters = 0;
    for (int i = 0; i < kana.length(); i++) {
      char c = kana.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c >= 'a' && c <= 'z') {
          latin++;
        }
      }
    }
    return latin * 2 < letters;
  }

  /** The patterns and the frames alone (the startup check of crisis_never reads these). */
  Optional<CrisisMeaning> matchedOnly(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    CrisisNormalizer.Views views = patterns.normalizer.views(text);
    return matched(withoutNot(views.kana()), views.latin(), views.words());
  }

  /** The patterns and the meaning frames. */
  private Optional<CrisisMeaning> matched(String kana, String latin, String words) {
    PatternIndex.Letters kanaLetters = PatternIndex.Letters.of(kana);
    PatternIndex.Letters latinLetters = PatternIndex.Letters.of(latin);
    for (Map.Entry<CrisisMeaning, PatternIndex> e : patterns.meanings.entrySet()) {
      boolean isLatin = e.getKey().latin();
      if (e.getValue().matches(isLatin ? latin : kana, isLatin ? latinLetters : kanaLetters)) {
        return Optional.of(e.getKey());
      }
    }
    return patterns.frames.meaning(withoutNot(words));
  }

  private String withoutNot(String kana) {
    return patterns.not.cutOut(kana, "・");
  }
}
