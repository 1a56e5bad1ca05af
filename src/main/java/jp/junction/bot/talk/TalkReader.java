package jp.junction.bot.talk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.NodeKey;
import jp.junction.bot.conversation.TypedTextReader;
import jp.junction.bot.safety.CrisisNormalizer;
import org.springframework.stereotype.Component;

/**
 * Reads what a typed message does as a conversational act, by meaning class over the message as the
 * crisis normaliser folds it (the order is described in {@code dialogs/talk.yml}). A request or a
 * word for what the search finds always leaves the message to the search.
 */
@Component
public class TalkReader implements TypedTextReader {

  /** Longer than this (in characters as typed) a message is read as a story. */
  static final int STORY_LENGTH = 200;

  /** Small-talk acts are read only in messages this short (folded). */
  static final int SHORT_ACT_LENGTH = 30;

  /** The last folded characters of a story where a request is looked for. */
  static final int STORY_TAIL = 60;

  private static final List<TalkAct> SHORT_ACTS =
      List.of(
          TalkAct.ABOUT_BOT,
          TalkAct.HELLO,
          TalkAct.THANKS,
          TalkAct.BYE,
          TalkAct.LAUGH,
          TalkAct.UNSURE,
          TalkAct.ACK);

  private static final Map<TalkLists, TalkTexts> THEMES = new EnumMap<>(TalkLists.class);

  static {
    THEMES.put(TalkLists.THEME_FAMILY, TalkTexts.STORY_FAMILY);
    THEMES.put(TalkLists.THEME_ALONE, TalkTexts.STORY_ALONE);
    THEMES.put(TalkLists.THEME_WORK, TalkTexts.STORY_WORK);
    THEMES.put(TalkLists.THEME_SCHOOL, TalkTexts.STORY_SCHOOL);
  }

  private final TalkPatterns patterns;
  private final List<String> sadSymbols;

  public TalkReader(DialogContent content) {
    content.require(TalkAct.values());
    content.require(TalkTexts.values());
    this.patterns = new TalkPatterns(content);
    this.sadSymbols = content.list(TalkLists.SAD_SYMBOLS);
    for (String sentence : content.list(TalkLists.SEARCH)) {
      read(sentence, false)
          .ifPresent(
              act -> {
                throw new IllegalStateException(
                    "dialogs: lists."
                        + TalkLists.SEARCH.key()
                        + ": '"
                        + sentence
                        + "' is taken as "
                        + act.key()
                        + " (a pattern in talk.yml is too wide)");
              });
    }
  }

  @Override
  public Optional<NodeKey> nodeFor(String text, boolean expecting) {
    return read(text, expecting).map(NodeKey.class::cast);
  }

  /** The act {@code text} is, or empty when it is for the search (or what the bot asked). */
  Optional<TalkAct> read(String text, boolean expecting) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String folded = CrisisNormalizer.foldMessage(text);
    boolean sad = sadSymbols.stream().anyMatch(text::contains);
    if (folded.isEmpty()) {
      return sad ? Optional.of(TalkAct.DISTRESS) : when(TalkAct.SHORT, expecting);
    }
    boolean story = text.strip().codePointCount(0, text.strip().length()) > STORY_LENGTH;
    String asking = story ? folded.substring(Math.max(0, folded.length() - STORY_TAIL)) : folded;
    if (patterns.any(TalkLists.REQUEST, asking)
        || (!story && patterns.any(TalkLists.RESOURCE, folded))) {
      return Optional.empty();
    }
    if (story) {
      return Optional.of(TalkAct.STORY);
    }
    if (sad || patterns.any(TalkLists.DISTRESS, folded)) {
      return Optional.of(TalkAct.DISTRESS);
    }
    if (folded.codePointCount(0, folded.length()) > SHORT_ACT_LENGTH) {
      return Optional.empty();
    }
    for (TalkAct act : SHORT_ACTS) {
      if (patterns.any(act.list(), folded)) {
        return when(act, expecting);
      }
    }
    if (folded.codePointCount(0, folded.length()) == 1
        && !Character.isIdeographic(folded.codePointAt(0))) {
      return when(TalkAct.SHORT, expecting);
    }
    return Optional.empty();
  }

  /** What a story is most about, as the text that acknowledges it. */
  TalkTexts theme(String text) {
    String folded = CrisisNormalizer.foldMessage(text == null ? "" : text);
    TalkTexts best = TalkTexts.STORY_OTHER;
    int most = 0;
    for (Map.Entry<TalkLists, TalkTexts> e : THEMES.entrySet()) {
      int n = patterns.count(e.getKey(), folded);
      if (n > most) {
        most = n;
        best = e.getValue();
      }
    }
    return best;
  }

  private static Optional<TalkAct> when(TalkAct act, boolean expecting) {
    return !expecting || act.evenWhenAsked() ? Optional.of(act) : Optional.empty();
  }
}
