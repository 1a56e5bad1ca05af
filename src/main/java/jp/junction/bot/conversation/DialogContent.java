package jp.junction.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The words the bot says, from {@code dialogs/*.yml}: texts by key (with {@code {name}}
 * placeholders), named word lists, and postback buttons for features' own actions. Loaded and
 * validated once at startup.
 */
@Component
public class DialogContent {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.]+)}");

  private final DialogLoader.Loaded loaded;

  @Autowired
  public DialogContent(ConversationSettings settings) {
    this.loaded = new DialogLoader().load(settings.dialogsDir(), null, null);
  }

  DialogContent(DialogLoader.Loaded loaded) {
    this.loaded = loaded;
  }

  DialogCatalog catalog() {
    return loaded.catalog();
  }

  DialogLoader.Loaded loaded() {
    return loaded;
  }

  /** The text for {@code key}; fails loudly for a key the startup check did not see. */
  public String text(String key) {
    String text = loaded.catalog().texts().get(key);
    if (text == null) {
      throw new DialogException("texts." + key + ": missing in dialogs");
    }
    return text.strip();
  }

  /** The text for {@code key} with {@code {name}} placeholders filled from {@code values}. */
  public String text(String key, Map<String, ?> values) {
    Matcher m = PLACEHOLDER.matcher(text(key));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A named word list ({@code lists:}), or empty. */
  public List<String> list(String name) {
    return loaded.catalog().lists().getOrDefault(name, List.of());
  }

  /** A quick reply or button that runs {@code action} with {@code args} when tapped. */
  public OutgoingMessage.Action postback(
      String label, String action, Map<String, String> args, String displayText) {
    return new OutgoingMessage.Action.Postback(
        label, PostbackData.action(action, args), displayText);
  }

  /** A quick reply that shows dialog node {@code nodeId}. */
  public OutgoingMessage.Action gotoNode(String label, String nodeId) {
    return new OutgoingMessage.Action.Postback(label, "n=" + nodeId, label);
  }
}
