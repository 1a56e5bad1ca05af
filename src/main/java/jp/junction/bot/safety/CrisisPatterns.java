package jp.junction.bot.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.ListKey;

/**
 * The crisis patterns from {@code dialogs/crisis.yml}, compiled and checked once at startup: a
 * pattern that does not compile, matches an empty message, or matches a sentence of {@code
 * crisis_never} stops the bot with the list and the entry named.
 */
final class CrisisPatterns {

  private static final String ARROW = " => ";

  final Map<CrisisMeaning, PatternIndex> meanings = new EnumMap<>(CrisisMeaning.class);
  final PatternIndex not;
  final PatternIndex someoneElse;
  final CrisisNormalizer normalizer;
  final MeaningFrames frames;
  final CrisisModel model;
  final PatternIndex asks;

  CrisisPatterns(DialogContent content, CrisisModel model) {
    for (CrisisMeaning meaning : CrisisMeaning.values()) {
      List<Pattern> patterns = compileAll(content, meaning, !meaning.latin());
      for (Pattern p : patterns) {
        if (p.matcher("").find() || p.matcher(" ").find()) {
          throw invalid(p.pattern(), "matches an empty message");
        }
      }
      meanings.put(meaning, new PatternIndex(patterns));
    }
    this.not = new PatternIndex(compileAll(content, SafetyLists.NOT, true));
    this.someoneElse = new PatternIndex(compileAll(content, SafetyLists.SOMEONE_ELSE, true));
    this.normalizer =
        new CrisisNormalizer(
            rewrites(content, SafetyLists.SYMBOLS, false),
            rewrites(content, SafetyLists.SPELLINGS, true));
    this.frames = new MeaningFrames(content);
    this.model = model;
    this.asks = new PatternIndex(compileAll(content, SafetyLists.MODEL_ASKS, true));
  }

  /** Fails naming the pattern when one matches a sentence the dialogs say is never a crisis. */
  void checkNever(DialogContent content, CrisisDetector detector) {
    for (String sentence : content.list(SafetyLists.NEVER)) {
      detector
          .matchedOnly(sentence)
          .ifPresent(
              m -> {
                throw new IllegalStateException(
                    "dialogs: lists."
                        + SafetyLists.NEVER.key()
                        + ": '"
                        + sentence
                        + "' is matched by lists."
                        + m.key()
                        + " (a pattern there is too wide)");
              });
    }
  }

  private static List<Pattern> compileAll(DialogContent content, ListKey key, boolean fold) {
    List<Pattern> out = new ArrayList<>();
    List<String> entries = content.list(key);
    if (entries.isEmpty()) {
      throw new IllegalStateException("dialogs: lists." + key.key() + " is empty");
    }
    for (int i = 0; i < entries.size(); i++) {
      out.add(compile(key, i, entries.get(i), fold));
    }
    return List.copyOf(out);
  }

  private static List<CrisisNormalizer.Rewrite> rewrites(
      DialogContent content, ListKey key, boolean fold) {
    List<CrisisNormalizer.Rewrite> out = new ArrayList<>();
    List<String> entries = content.list(key);
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      int arrow = entry.indexOf(ARROW);
      if (arrow <= 0) {
        throw new IllegalStateException(
            "dialogs: lists." + key.key() + "[" + i + "] '" + entry + "': write 'from => to'");
      }
      Pattern from = compile(key, i, entry.substring(0, arrow), fold);
      out.add(new CrisisNormalizer.Rewrite(from, entry.substring(arrow + ARROW.length()).strip()));
    }
    return List.copyOf(out);
  }

  private static Pattern compile(ListKey key, int index, String entry, boolean fold) {
    String source = fold ? CrisisNormalizer.foldLetters(entry.strip(), false) : entry;
    try {
      return Pattern.compile(source);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(
          "dialogs: lists." + key.key() + "[" + index + "] '" + entry + "': " + e.getDescription(),
          e);
    }
  }

  private static IllegalStateException invalid(String pattern, String why) {
    return new IllegalStateException("dialogs: crisis pattern '" + pattern + "' " + why);
  }
}
