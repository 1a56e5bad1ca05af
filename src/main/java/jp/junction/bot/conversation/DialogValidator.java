package jp.junction.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.vocabulary.Link;

/** Checks references and LINE limits across all loaded dialog files; collects problems. */
class DialogValidator {

  private final DialogCatalog catalog;
  private final Map<String, DialogFile> files;
  private final Set<String> actionNames;
  private final List<String> problems;

  DialogValidator(
      DialogCatalog catalog,
      Map<String, DialogFile> files,
      Set<String> actionNames,
      List<String> problems) {
    this.catalog = catalog;
    this.files = files;
    this.actionNames = actionNames;
    this.problems = problems;
  }

  void validate() {
    files.forEach(
        (file, content) -> {
          for (DialogFile.Node node : content.nodes()) {
            if (node.id() != null) {
              validateNode(file, node);
            }
          }
          content
              .texts()
              .forEach(
                  (key, value) -> {
                    if (value == null || value.isBlank()) {
                      problems.add(file + ": texts." + key + ": empty text");
                    }
                  });
        });
    for (Occasion occasion : Occasion.values()) {
      if (occasion.required() && catalog.on(occasion).isEmpty()) {
        problems.add("no node is 'on: [" + occasion.key() + "]' (required)");
      }
    }
  }

  private void validateNode(String file, DialogFile.Node node) {
    String at = file + ": nodes." + node.id();
    if (node.say().isEmpty() && node.action() == null) {
      problems.add(at + ": says nothing and runs no action");
    }
    if (node.say().size() > DialogLoader.MAX_SAY) {
      problems.add(at + ".say: more than " + DialogLoader.MAX_SAY + " messages");
    }
    for (String text : node.say()) {
      if (text == null || text.isBlank()) {
        problems.add(at + ".say: empty message");
      } else if (text.length() > LineLimits.TEXT) {
        problems.add(at + ".say: message longer than " + LineLimits.TEXT + " characters");
      }
    }
    for (String occasion : node.on()) {
      if (Occasion.of(occasion).isEmpty()) {
        problems.add(at + ".on: unknown occasion '" + occasion + "'");
      }
    }
    checkAction(at + ".action", node.action());
    checkAction(at + ".expect", node.expect());
    if (node.choices().size() > LineLimits.QUICK_REPLIES) {
      problems.add(at + ".choices: more than " + LineLimits.QUICK_REPLIES + " quick replies");
    }
    for (int i = 0; i < node.choices().size(); i++) {
      validateChoice(at + ".choices[" + i + "]", node.choices().get(i));
    }
  }

  private void validateChoice(String at, DialogFile.Choice choice) {
    if (choice.label() == null || choice.label().isBlank()) {
      problems.add(at + ".label: missing");
    } else if (choice.label().codePointCount(0, choice.label().length())
        > LineLimits.QUICK_REPLY_LABEL) {
      problems.add(
          at
              + ".label: '"
              + choice.label()
              + "' is longer than "
              + LineLimits.QUICK_REPLY_LABEL
              + " characters");
    }
    int targets = 0;
    targets += choice.gotoNode() != null ? 1 : 0;
    targets += choice.action() != null ? 1 : 0;
    targets += choice.text() != null ? 1 : 0;
    targets += Boolean.TRUE.equals(choice.location()) ? 1 : 0;
    targets += choice.url() != null ? 1 : 0;
    targets += choice.tel() != null ? 1 : 0;
    if (targets != 1) {
      problems.add(at + ": needs exactly one of goto, action, text, location, url, tel");
    }
    if (choice.gotoNode() != null && catalog.node(choice.gotoNode()).isEmpty()) {
      problems.add(at + ".goto: no node '" + choice.gotoNode() + "'");
    }
    checkAction(at + ".action", choice.action());
    if (choice.url() != null) {
      checkUrl(at + ".url", choice.url());
    }
    if (choice.tel() != null && !choice.tel().matches("[0-9#+-]{3,20}")) {
      problems.add(at + ".tel: not a phone number");
    }
    if (PostbackData.encode(choice).length() + PostbackData.LANGUAGE_PAIR
        > LineLimits.POSTBACK_DATA) {
      problems.add(at + ": postback data longer than " + LineLimits.POSTBACK_DATA + " characters");
    }
  }

  /** The bot's own links are https, and ones LINE will open (see {@link Link}). */
  private void checkUrl(String at, String url) {
    if (!url.startsWith("https://")) {
      problems.add(at + ": must start with https://");
      return;
    }
    try {
      Link.parse(url);
    } catch (IllegalArgumentException e) {
      problems.add(at + ": " + e.getMessage());
    }
  }

  private void checkAction(String at, String name) {
    if (name != null && actionNames != null && !actionNames.contains(name)) {
      problems.add(at + ": no action '" + name + "' (known: " + actionNames + ")");
    }
  }
}
