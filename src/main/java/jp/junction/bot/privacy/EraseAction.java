package jp.junction.bot.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * {@code privacy.erase}: the confirmation tap after 「データを消して」. Erases everything and lists, in the
 * person's words from {@code dialogs/privacy.yml}, what was there.
 */
@Component
class EraseAction implements DialogAction {

  static final String NAME = "privacy.erase";
  static final String ERASED = "privacy.erased";
  static final String NOTHING = "privacy.erased_nothing";
  static final String FAILED = "privacy.erase_failed";

  private final PersonalDataEraser eraser;
  private final DialogContent content;

  EraseAction(PersonalDataEraser eraser, DialogContent content) {
    this.eraser = eraser;
    this.content = content;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requiredTexts() {
    Set<String> keys = new HashSet<>(eraser.textKeys());
    keys.addAll(Set.of(ERASED, NOTHING, FAILED));
    return keys;
  }

  @Override
  public ActionResult run(ActionContext context) {
    PersonalDataEraser.Result result = eraser.eraseAll(context.person());
    List<String> said = new ArrayList<>();
    if (!result.erased().isEmpty()) {
      said.add(content.text(ERASED, Map.of("items", items(result.erased()))));
    }
    if (!result.failed().isEmpty()) {
      said.add(content.text(FAILED, Map.of("items", items(result.failed()))));
    }
    // "Nothing to erase" is true only when every store answered and none held anything.
    if (said.isEmpty()) {
      said.add(content.text(NOTHING));
    }
    return ActionResult.say(new OutgoingMessage.Text(String.join("\n\n", said)));
  }

  private String items(List<String> keys) {
    return keys.stream().map(k -> "・" + content.text(k)).collect(Collectors.joining("\n"));
  }
}
