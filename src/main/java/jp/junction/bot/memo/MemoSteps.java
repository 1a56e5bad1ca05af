package jp.junction.bot.memo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogActions;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.DialogException;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * The memo's dialog actions: {@code memo.start} asks who it is for, {@code memo.who} what kind of
 * help, {@code memo.help} what they would like to say, and {@code memo.note} drafts the note. Each
 * button carries the answers so far as postback arguments (codes only, never words the person
 * typed), so no step writes anything about the person; a code the memo does not know counts as
 * skipped.
 */
@Component
class MemoSteps implements DialogActions {

  private final DialogContent content;

  MemoSteps(DialogContent content) {
    this.content = content;
    content.require(MemoTexts.values());
    content.require(MemoNodes.values());
    for (MemoTexts text : MemoTexts.values()) {
      boolean label = text.step != null || text == MemoTexts.SKIP || text == MemoTexts.STOP;
      String words = content.text(text);
      if (label && words.codePointCount(0, words.length()) > LineLimits.QUICK_REPLY_LABEL) {
        throw new DialogException(
            "texts."
                + text.key()
                + ": a button label longer than "
                + LineLimits.QUICK_REPLY_LABEL
                + " characters");
      }
    }
  }

  @Override
  public List<DialogAction> actions() {
    return List.of(
        DialogAction.of("memo.start", c -> ask(MemoTexts.Step.WHO, Map.of())),
        DialogAction.of("memo.who", c -> ask(MemoTexts.Step.HELP, chosen(c, MemoTexts.Step.WHO))),
        DialogAction.of(
            "memo.help",
            c -> ask(MemoTexts.Step.SAY, chosen(c, MemoTexts.Step.WHO, MemoTexts.Step.HELP))),
        DialogAction.of("memo.note", c -> note(chosen(c, MemoTexts.Step.values()))));
  }

  /** The question of {@code step}, a button for each answer, one to skip it and one to stop. */
  private ActionResult ask(MemoTexts.Step step, Map<String, String> chosen) {
    String next = next(step);
    List<OutgoingMessage.Action> buttons = new ArrayList<>();
    for (MemoTexts answer : answers(step)) {
      Map<String, String> args = new LinkedHashMap<>(chosen);
      args.put(step.arg, answer.code);
      String label = content.text(answer);
      buttons.add(content.postback(label, next, args, label));
    }
    String skip = content.text(MemoTexts.SKIP);
    buttons.add(content.postback(skip, next, chosen, skip));
    buttons.add(content.gotoNode(content.text(MemoTexts.STOP), MemoNodes.STOP));
    return ActionResult.say(new OutgoingMessage.Text(content.text(step.ask()), buttons));
  }

  private ActionResult note(Map<String, String> chosen) {
    List<String> lines = new ArrayList<>();
    for (MemoTexts.Step step : MemoTexts.Step.values()) {
      answer(step, chosen.get(step.arg))
          .ifPresent(a -> lines.add(content.text(step.line(), Map.of("choice", content.text(a)))));
    }
    if (lines.isEmpty()) {
      lines.add(content.text(MemoTexts.NOTE_NOTHING));
    }
    String note = content.text(MemoTexts.NOTE, Map.of("lines", String.join("\n", lines)));
    return ActionResult.show(List.of(new OutgoingMessage.Text(note)), MemoNodes.DONE);
  }

  /** The known answers among the tap's arguments, for {@code steps}. */
  private static Map<String, String> chosen(ActionContext c, MemoTexts.Step... steps) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (MemoTexts.Step step : steps) {
      answer(step, c.arg(step.arg)).ifPresent(a -> chosen.put(step.arg, a.code));
    }
    return chosen;
  }

  private static Optional<MemoTexts> answer(MemoTexts.Step step, String code) {
    return answers(step).stream().filter(a -> a.code.equals(code)).findFirst();
  }

  private static List<MemoTexts> answers(MemoTexts.Step step) {
    return Arrays.stream(MemoTexts.values()).filter(t -> t.step == step).toList();
  }

  private static String next(MemoTexts.Step step) {
    return switch (step) {
      case WHO -> "memo.who";
      case HELP -> "memo.help";
      case SAY -> "memo.note";
    };
  }
}
