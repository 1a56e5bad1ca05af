package jp.junction.bot.talk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.safety.CrisisNormalizer;

/**
 * The patterns of {@code dialogs/talk.yml}, folded like messages and compiled once at startup: a
 * pattern that does not compile or matches an empty message stops the bot naming list and entry.
 */
final class TalkPatterns {

  private final Map<TalkLists, List<Pattern>> lists = new EnumMap<>(TalkLists.class);

  TalkPatterns(DialogContent content) {
    for (TalkLists list : TalkLists.values()) {
      if (list == TalkLists.SAD_SYMBOLS || list == TalkLists.SEARCH) {
        continue;
      }
      lists.put(list, compileAll(content, list));
    }
  }

  /** True when a pattern of {@code list} is found in the view of {@code message} it reads. */
  boolean any(TalkLists list, TalkViews message) {
    String text =
        switch (list.view()) {
          case FOLDED -> message.folded();
          case WORDS -> message.words();
          case LATIN -> message.latin();
        };
    return any(list, text);
  }

  /** True when a pattern of {@code list} is found in {@code text}. */
  boolean any(TalkLists list, String text) {
    for (Pattern p : lists.get(list)) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** How many times the patterns of {@code list} are found in the folded {@code text}. */
  int count(TalkLists list, String folded) {
    int n = 0;
    for (Pattern p : lists.get(list)) {
      n += (int) p.matcher(folded).results().count();
    }
    return n;
  }

  private static List<Pattern> compileAll(DialogContent content, TalkLists list) {
    List<String> entries = content.list(list);
    if (entries.isEmpty()) {
      throw new IllegalStateException("dialogs: lists." + list.key() + " is empty");
    }
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      String where = "dialogs: lists." + list.key() + "[" + i + "] '" + entry + "'";
      Pattern p;
      try {
        p = Pattern.compile(CrisisNormalizer.foldPattern(entry));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(where + ": " + e.getDescription(), e);
      }
      if (p.matcher("").find() || p.matcher(" ").find()) {
        throw new IllegalStateException(where + ": matches an empty message");
      }
      out.add(p);
    }
    return List.copyOf(out);
  }
}
