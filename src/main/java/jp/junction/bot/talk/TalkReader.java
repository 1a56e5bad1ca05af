package jp.junction.bot.talk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.NodeKey;
import jp.junction.bot.conversation.TypedTextReader;
import jp.junction.bot.places.Gazetteer;
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

  /** Shorter than this (folded) a message is not read as something told: 「無理」「疲れ」. */
  static final int TELL_MIN_LENGTH = 5;

  /** How many sentences at the end of a story are read for a request. */
  static final int STORY_SENTENCES = 2;

  private static final Pattern QUOTED =
      Pattern.compile(
          "[「『][^「『」』]{0,80}[」』](?=\\s*(って|と|とか)[^「」。]{0,6}?(言|い|怒|叱|聞|きか|責|せめ|ばかり|ばっかり))");

  private static final Pattern SENTENCE_END = Pattern.compile("[。．.！!？?\\n]+|\\s+[/／]\\s+");

  /** The lists that read distress, one view each. */
  private static final List<TalkLists> DISTRESS =
      List.of(TalkLists.DISTRESS, TalkLists.DISTRESS_WORDS, TalkLists.DISTRESS_LATIN);

  private static final List<TalkAct> SHORT_ACTS =
      List.of(
          TalkAct.RECORDS,
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
  private final Gazetteer places;
  private final List<String> sadSymbols;

  public TalkReader(DialogContent content) {
    content.require(TalkAct.values());
    content.require(TalkTexts.values());
    this.patterns = new TalkPatterns(content);
    this.places = Gazetteer.fromClasspath();
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
    boolean sad = sadSymbols.stream().anyMatch(text::contains);
    String typed = text.strip();
    if (typed.codePointCount(0, typed.length()) > STORY_LENGTH) {
      String last = lastSentences(withoutQuotes(typed));
      TalkViews lastViews = TalkViews.of(last);
      if (!patterns.any(TalkLists.REQUEST, lastViews)) {
        return Optional.of(TalkAct.STORY);
      }
      // A parent's long account that ends by asking where to start: the family answer.
      if (patterns.any(TalkLists.FAMILY, TalkViews.of(typed))) {
        return when(TalkAct.FAMILY, expecting);
      }
      // A story of distress that ends by asking only to talk to someone (誰かに相談したいけど、何から
      // 話せばいいのか), with nothing to find — no kind of place, no subject, no town: heard first;
      // the story answer offers the lines and the search.
      String lastAsWritten = lastSentences(typed);
      return tellsDistress(TalkViews.of(typed))
              && onlyAsksToTalk(lastAsWritten, TalkViews.of(lastAsWritten))
          ? Optional.of(TalkAct.STORY)
          : Optional.empty();
    }
    TalkViews views = TalkViews.of(text);
    String folded = views.folded();
    if (folded.isEmpty()) {
      return sad ? Optional.of(TalkAct.DISTRESS) : when(TalkAct.SHORT, expecting);
    }
    boolean distress = sad || tellsDistress(views);
    // A kind of place (居場所, 家族会) sends a short message to the search; a subject the search
    // knows (不登校, 支援) does too, unless the message tells of distress without asking for a
    // place: 「不登校のことで毎日責められる」 or 「支援職がしんどい」 is heard first (the distress answer
    // offers the search itself).
    if (patterns.any(TalkLists.RESOURCE, views)
        || (!distress && patterns.any(TalkLists.TOPIC, views))) {
      return Optional.empty();
    }
    // A parent's 「どう接したらいいでしょうか」 asks for help with the family, not for one place: it is
    // acknowledged and searched for family places (its own words kept), before the request check.
    if (patterns.any(TalkLists.FAMILY, views)) {
      return when(TalkAct.FAMILY, expecting);
    }
    // In a message that tells of distress, words quoted as someone's speech are not the writer's
    // request: 「親は『はよ次探し』って言うけど…」 quotes a request, it does not make one.
    if (patterns.any(TalkLists.REQUEST, distress ? TalkViews.of(withoutQuotes(typed)) : views)) {
      // 「相談していいですか…もう半年家から出れてなくて」 asks to be heard, not for a place.
      return distress && onlyAsksToTalk(typed, views)
          ? Optional.of(TalkAct.DISTRESS)
          : Optional.empty();
    }
    if (distress) {
      return Optional.of(TalkAct.DISTRESS);
    }
    if (folded.codePointCount(0, folded.length()) > SHORT_ACT_LENGTH) {
      return Optional.empty();
    }
    for (TalkAct act : SHORT_ACTS) {
      if (patterns.any(act.list(), views)) {
        return when(act, expecting);
      }
    }
    if (folded.codePointCount(0, folded.length()) == 1
        && !Character.isIdeographic(folded.codePointAt(0))) {
      return when(TalkAct.SHORT, expecting);
    }
    if (told(text, views)) {
      return when(TalkAct.TELL, expecting);
    }
    return Optional.empty();
  }

  /**
   * What others said, in 「」 or 『』 followed by って or と言われ (speech, not the name of a service, which
   * 「」 also marks), is not the writer's request: it is left out.
   */
  static String withoutQuotes(String text) {
    return QUOTED.matcher(text).replaceAll("・");
  }

  /**
   * Whether {@code text} asks only to talk to someone: a wish to talk or be heard, and nothing to
   * find — no kind of place, no subject the search knows, no town.
   */
  private boolean onlyAsksToTalk(String text, TalkViews views) {
    return patterns.any(TalkLists.REQUEST_TALK, views)
        && !patterns.any(TalkLists.REQUEST_FIND, views)
        && !patterns.any(TalkLists.RESOURCE, views)
        && !patterns.any(TalkLists.TOPIC, views)
        && places.mentions(text).stream().allMatch(m -> m.nearMiss())
        // a name in 「」 that is not someone's words is a service asked for by name
        && !withoutQuotes(text).matches("(?s).*[「『].*");
  }

  private boolean tellsDistress(TalkViews views) {
    return DISTRESS.stream().anyMatch(list -> patterns.any(list, views));
  }

  /**
   * Whether a short message tells something rather than asks for it: it ends as a statement, and
   * has no question mark, no question word, no wish the search could answer (働きたい, 話を聞いてほしい) and no
   * place (a place named means "there", for the search).
   */
  private boolean told(String text, TalkViews views) {
    if (!views.statement()
        || text.indexOf('?') >= 0
        || text.indexOf('？') >= 0
        || views.folded().codePointCount(0, views.folded().length()) < TELL_MIN_LENGTH
        || patterns.any(TalkLists.ASKING, views)) {
      return false;
    }
    return places.mentions(text).stream().noneMatch(m -> !m.nearMiss());
  }

  /**
   * The last {@link #STORY_SENTENCES} sentences of a story, where a request is looked for: a
   * question asked at the end, not a どこ or ある in the middle of the telling.
   */
  static String lastSentences(String story) {
    String[] sentences = SENTENCE_END.split(story);
    StringBuilder out = new StringBuilder();
    int taken = 0;
    for (int i = sentences.length - 1; i >= 0 && taken < STORY_SENTENCES; i--) {
      if (!sentences[i].isBlank()) {
        out.insert(0, sentences[i].strip() + "。");
        taken++;
      }
    }
    return out.toString();
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
