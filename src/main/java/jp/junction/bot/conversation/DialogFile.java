package jp.junction.bot.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One {@code dialogs/*.yml} file as written by staff. Unknown keys are rejected at load. */
record DialogFile(List<Node> nodes, Map<String, String> texts, Map<String, List<String>> lists) {

  DialogFile {
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
    texts = texts == null ? Map.of() : Map.copyOf(texts);
    lists = lists == null ? Map.of() : Map.copyOf(lists);
  }

  /**
   * A dialog node: what the bot says, the quick replies it offers, how text reaches it, and
   * optionally a feature action to run and what the next typed text means.
   */
  record Node(
      String id,
      List<String> triggers,
      List<String> keywords,
      List<String> on,
      List<String> say,
      List<Choice> choices,
      String action,
      String expect,
      Map<String, String> args) {

    Node {
      triggers = triggers == null ? List.of() : List.copyOf(triggers);
      keywords = keywords == null ? List.of() : List.copyOf(keywords);
      on = on == null ? List.of() : List.copyOf(on);
      say = say == null ? List.of() : List.copyOf(say);
      choices = choices == null ? List.of() : List.copyOf(choices);
      args = args == null ? Map.of() : PostbackData.checkArgs(Map.copyOf(args));
    }
  }

  /** A quick reply: exactly one of goto, action, text, location, url or tel. */
  record Choice(
      String label,
      @JsonProperty("goto") String gotoNode,
      String action,
      Map<String, String> args,
      String text,
      Boolean location,
      String url,
      String tel) {

    Choice {
      args = args == null ? Map.of() : PostbackData.checkArgs(Map.copyOf(args));
    }
  }
}
