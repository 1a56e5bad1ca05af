package jp.junction.bot.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * {@code privacy.erase}: the confirmation tap after 「データを消して」. Erases everything and lists, in the
 * person's words from {@code dialogs/privacy.yml}, what was there.
 */
@Component
class EraseAction implements DialogAction {

  static final String NAME = "privacy.erase";

  private final PersonalDataEraser eraser;
  private final DialogContent content;

  EraseAction(PersonalDataEraser eraser, DialogContent content) {
    content.require(PrivacyTexts.values());
    content.require(eraser.textKeys());
    this.eraser = eraser;
    this.content = content;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ActionResult run(ActionContext context) {
    PersonalDataEraser.Result result = eraser.eraseAll(context.person());
    List<String> said = new ArrayList<>();
    if (!result.erased().isEmpty()) {
      said.add(content.text(PrivacyTexts.ERASED, Map.of("items", items(result.erased()))));
    }
    if (!result.failed().isEmpty()) {
      said.add(content.text(PrivacyTexts.ERASE_FAILED, Map.of("items", items(result.failed()))));
    }
    // "Nothing to erase" is true only when every store answered and none held anything.
    if (said.isEmpty()) {
      said.add(content.text(PrivacyTexts.ERASED_NOTHING));
    }
    return ActionResult.say(new OutgoingMessage.Text(String.join("\n\n", said)));
  }

  private String items(List<TextKey> keys) {
    return keys.stream().map(k -> "・" + content.text(k)).collect(Collectors.joining("\n"));
  }
}
