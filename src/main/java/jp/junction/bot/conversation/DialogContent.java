package jp.junction.bot.conversation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * The words the bot says, from {@code dialogs/*.yml}: texts by key (with {@code {name}}
 * placeholders), named word lists, and postback buttons for features' own actions. Loaded and
 * validated once at startup, with the variants in {@code dialogs/easy/} and {@code dialogs/en/}.
 *
 * <p>Words come in the language of the message being answered: the engine answers each message
 * within {@link #speaking(Language, Supplier)} (on the thread that builds the answer), so features
 * simply ask for a text. Outside a conversation (pushes, pages, startup) the words are standard
 * Japanese.
 */
@Component
public class DialogContent {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.]+)}");

  private static final ThreadLocal<Language> SPEAKING = new ThreadLocal<>();

  private final DialogLoader.Loaded loaded;
  private final Path folder;

  public DialogContent(ConversationSettings settings) {
    this.folder = settings.dialogsDir();
    this.loaded = new DialogLoader().load(folder, null);
  }

  /** The catalog in the language being spoken. */
  DialogCatalog catalog() {
    return loaded.catalog(language());
  }

  /** The language the words come in now (standard Japanese outside a conversation). */
  public Language language() {
    Language now = SPEAKING.get();
    return now == null ? Language.STANDARD : now;
  }

  /** The language of the answer being made, or null outside a conversation. */
  Language saidIn() {
    return SPEAKING.get();
  }

  /** Whether the dialogs folder has this language (standard Japanese always). */
  public boolean offers(Language language) {
    return loaded.catalogs().containsKey(language);
  }

  /** What {@code answer} makes, with every word in {@code language}. */
  public <T> T speaking(Language language, Supplier<T> answer) {
    Language before = SPEAKING.get();
    SPEAKING.set(offers(language) ? language : Language.STANDARD);
    try {
      return answer.get();
    } finally {
      if (before == null) {
        SPEAKING.remove();
      } else {
        SPEAKING.set(before);
      }
    }
  }

  /**
   * Changes the language for the rest of the answer being made (the person picked one); only within
   * {@link #speaking(Language, Supplier)}.
   */
  void switchTo(Language language) {
    if (SPEAKING.get() == null) {
      throw new IllegalStateException("switchTo outside speaking(...)");
    }
    SPEAKING.set(offers(language) ? language : Language.STANDARD);
  }

  DialogLoader.Loaded loaded() {
    return loaded;
  }

  /**
   * Fails fast, naming every one, when {@code dialogs/} lacks any of these keys; features call this
   * once at startup with their key enums' {@code values()}.
   */
  public void require(DialogKey... keys) {
    require(Arrays.asList(keys));
  }

  /** As {@link #require(DialogKey...)}. */
  public void require(Collection<? extends DialogKey> keys) {
    List<String> missing =
        keys.stream().filter(k -> !has(k)).map(DialogContent::where).distinct().sorted().toList();
    if (!missing.isEmpty()) {
      throw new DialogException(
          "Dialogs lack what the code names:\n  - " + String.join("\n  - ", missing));
    }
  }

  /**
   * The text for {@code key}, without the line breaks and spaces around it — except a text of
   * punctuation only (a separator such as 「、」 or English ", "), which is said as written; fails
   * loudly for a key the dialogs lack.
   */
  public String text(TextKey key) {
    String text = catalog().texts().get(key.key());
    if (text == null) {
      throw new DialogException(where(key));
    }
    return text.codePoints().anyMatch(Character::isLetterOrDigit) ? text.strip() : text;
  }

  /** The text for {@code key} with {@code {name}} placeholders filled from {@code values}. */
  public String text(TextKey key, Map<String, ?> values) {
    Matcher m = PLACEHOLDER.matcher(text(key));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A named word list; fails loudly for a list the dialogs lack. */
  public List<String> list(ListKey key) {
    List<String> list = catalog().lists().get(key.key());
    if (list == null) {
      throw new DialogException(where(key));
    }
    return list;
  }

  /**
   * What node {@code key} says, message by message (stripped), for features that print or show a
   * node's words outside the chat; fails loudly for a node the dialogs lack.
   */
  public List<String> say(NodeKey key) {
    DialogFile.Node node = catalog().nodes().get(key.key());
    if (node == null) {
      throw new DialogException(where(key));
    }
    return node.say().stream().map(String::strip).toList();
  }

  /**
   * The id of the node a message of exactly {@code text} reaches through the dialogs' triggers and
   * keywords (as the engine matches them), or empty when such a message would go on to the
   * conversational acts, what the bot asked last, or the search.
   */
  public Optional<String> nodeTriggeredBy(String text) {
    return catalog()
        .triggered(TextNormalizer.forMatching(text), ConversationEngine.MAX_KEYWORD_TEXT)
        .map(DialogFile.Node::id);
  }

  /** Whether the dialogs have a node with this id. */
  public boolean hasNode(String id) {
    return catalog().nodes().containsKey(id);
  }

  /** The folder the dialogs were read from. */
  public Path folder() {
    return folder;
  }

  /** A quick reply or button that runs {@code action} with {@code args} when tapped. */
  public OutgoingMessage.Action postback(
      String label, String action, Map<String, String> args, String displayText) {
    return new OutgoingMessage.Action.Postback(
        label, PostbackData.in(PostbackData.action(action, args), saidIn()), displayText);
  }

  /** A quick reply that shows dialog node {@code node}. */
  public OutgoingMessage.Action gotoNode(String label, NodeKey node) {
    return new OutgoingMessage.Action.Postback(
        label, PostbackData.in(PostbackData.node(node.key()), saidIn()), label);
  }

  private boolean has(DialogKey key) {
    DialogCatalog catalog = loaded.catalog();
    if (key instanceof TextKey) {
      return catalog.texts().containsKey(key.key());
    }
    if (key instanceof ListKey) {
      return catalog.lists().containsKey(key.key());
    }
    return catalog.nodes().containsKey(key.key());
  }

  private static String where(DialogKey key) {
    String kind = key instanceof TextKey ? "texts." : key instanceof ListKey ? "lists." : "nodes.";
    return kind + key.key() + ": missing in dialogs (named by the code)";
  }
}
