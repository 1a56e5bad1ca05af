package jp.junction.bot.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.NodeKey;
import jp.junction.bot.conversation.TypedTextReader;
import jp.junction.bot.safety.CrisisNormalizer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads a wish to talk with a person rather than the bot (「人と話したい」「相談員と話せる？」 「スタッフさんいますか」) by the
 * patterns of {@code dialogs/handoff.yml}, over the message folded as the crisis layer folds it, in
 * short messages only; a message that looks for a place is left to the search. It goes before the
 * other conversational acts: 「誰かと話したい」 is answered with the people who can answer, not with the
 * distress words alone.
 */
@Component
@Order(0)
class HumanReader implements TypedTextReader {

  /** Longer than this (folded) a message is a story, not a request for a person. */
  static final int MAX_LENGTH = 40;

  private final List<Pattern> ask;
  private final List<Pattern> place;

  HumanReader(DialogContent content) {
    content.require(HandoffNodes.values());
    content.require(HandoffTexts.values());
    content.require(HandoffLists.values());
    this.ask = compile(content, HandoffLists.ASK);
    this.place = compile(content, HandoffLists.PLACE);
    for (String sentence : content.list(HandoffLists.SEARCH)) {
      if (asks(sentence)) {
        throw new IllegalStateException(
            "dialogs: lists."
                + HandoffLists.SEARCH.key()
                + ": '"
                + sentence
                + "' is taken as a wish to talk with a person (a pattern of "
                + HandoffLists.ASK.key()
                + " is too wide)");
      }
    }
  }

  @Override
  public Optional<NodeKey> nodeFor(String text, boolean expecting) {
    return asks(text) ? Optional.of(HandoffNodes.ENTRY) : Optional.empty();
  }

  /** Whether {@code text} asks to talk with a person. */
  boolean asks(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String folded = CrisisNormalizer.foldMessage(text);
    if (folded.isEmpty() || folded.codePointCount(0, folded.length()) > MAX_LENGTH) {
      return false;
    }
    return any(ask, folded) && !any(place, folded);
  }

  private static boolean any(List<Pattern> patterns, String folded) {
    for (Pattern p : patterns) {
      if (p.matcher(folded).find()) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> compile(DialogContent content, HandoffLists list) {
    List<String> entries = content.list(list);
    if (entries.isEmpty()) {
      throw new IllegalStateException("dialogs: lists." + list.key() + " is empty");
    }
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = "dialogs: lists." + list.key() + "[" + i + "] '" + entries.get(i) + "'";
      Pattern p;
      try {
        p = Pattern.compile(CrisisNormalizer.foldPattern(entries.get(i)));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(where + ": " + e.getDescription(), e);
      }
      if (p.matcher("").find()) {
        throw new IllegalStateException(where + ": matches an empty message");
      }
      out.add(p);
    }
    return List.copyOf(out);
  }
}
