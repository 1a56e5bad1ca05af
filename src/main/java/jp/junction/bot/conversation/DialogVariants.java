package jp.junction.bot.conversation;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one language's variant folder ({@code dialogs/easy/}, {@code dialogs/en/}) and lays it over
 * the standard Japanese files: every text and every node's words and quick-reply labels must be
 * there (the same placeholders, the same number of messages and choices), nothing else may be
 * changed (actions, targets and occasions come from the Japanese node), and the variant's own
 * triggers are added to the Japanese ones. Lists that read messages stay Japanese; a list shown to
 * people (weekday names) may be given item by item.
 */
final class DialogVariants {

  /**
   * Standard files that have no variant: the printed booklet's words (the booklet is Japanese) and
   * files that hold only lists for reading messages.
   */
  static final Set<String> WITHOUT_VARIANT = Set.of("booklet.yml");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.]+)}");

  private final ObjectMapper yaml;

  DialogVariants(ObjectMapper yaml) {
    this.yaml = yaml;
  }

  /**
   * The standard files with {@code language}'s variants laid over them, or null when the dialogs
   * folder has no folder for that language; problems are added to {@code problems}.
   */
  Map<String, DialogFile> overlay(
      Path dir, Language language, Map<String, DialogFile> standard, List<String> problems) {
    Path folder = dir.resolve(language.code());
    if (!Files.isDirectory(folder)) {
      return null;
    }
    Map<String, DialogFile> variants = read(folder, language, problems);
    Map<String, DialogFile> merged = new LinkedHashMap<>();
    String where = language.code() + "/";
    variants.keySet().stream()
        .filter(name -> !standard.containsKey(name) || WITHOUT_VARIANT.contains(name))
        .forEach(name -> problems.add(where + name + ": no standard dialogs/" + name + " to vary"));
    standard.forEach(
        (name, file) -> {
          DialogFile variant = variants.get(name);
          if (WITHOUT_VARIANT.contains(name) || !needsVariant(file)) {
            merged.put(name, file);
          } else if (variant == null) {
            problems.add(
                where
                    + name
                    + ": missing (every line the bot says needs its "
                    + language.code()
                    + " variant)");
            merged.put(name, file);
          } else {
            merged.put(name, merge(where + name, file, variant, problems));
          }
        });
    return merged;
  }

  private static boolean needsVariant(DialogFile file) {
    return !file.texts().isEmpty()
        || file.nodes().stream().anyMatch(n -> !n.say().isEmpty() || !n.choices().isEmpty());
  }

  private DialogFile merge(String at, DialogFile file, DialogFile variant, List<String> problems) {
    Map<String, String> texts = new LinkedHashMap<>();
    file.texts()
        .forEach(
            (key, text) -> {
              String said = variant.texts().get(key);
              if (said == null || said.isBlank()) {
                problems.add(at + ": texts." + key + ": missing");
                texts.put(key, text);
                return;
              }
              if (!placeholders(said).equals(placeholders(text))) {
                problems.add(
                    at
                        + ": texts."
                        + key
                        + ": placeholders "
                        + placeholders(said)
                        + " differ from the standard text's "
                        + placeholders(text));
              }
              texts.put(key, said);
            });
    variant.texts().keySet().stream()
        .filter(key -> !file.texts().containsKey(key))
        .forEach(key -> problems.add(at + ": texts." + key + ": not in the standard file"));

    Map<String, DialogFile.Node> said = new LinkedHashMap<>();
    for (DialogFile.Node node : variant.nodes()) {
      if (node.id() == null || said.putIfAbsent(node.id(), node) != null) {
        problems.add(at + ": nodes." + node.id() + ": no id, or the id twice");
      }
    }
    List<DialogFile.Node> nodes = new ArrayList<>();
    for (DialogFile.Node node : file.nodes()) {
      DialogFile.Node over = said.remove(node.id());
      if (over == null) {
        if (!node.say().isEmpty() || !node.choices().isEmpty()) {
          problems.add(at + ": nodes." + node.id() + ": missing");
        }
        nodes.add(node);
      } else {
        nodes.add(mergeNode(at + ": nodes." + node.id(), node, over, problems));
      }
    }
    said.keySet().forEach(id -> problems.add(at + ": nodes." + id + ": not in the standard file"));

    Map<String, List<String>> lists = new LinkedHashMap<>(file.lists());
    variant
        .lists()
        .forEach(
            (name, items) -> {
              List<String> before = file.lists().get(name);
              if (before == null) {
                problems.add(at + ": lists." + name + ": not in the standard file");
              } else if (items == null || items.size() != before.size()) {
                problems.add(
                    at + ": lists." + name + ": needs " + before.size() + " items, one for each");
              } else {
                lists.put(name, items);
              }
            });
    return new DialogFile(nodes, texts, lists);
  }

  private static DialogFile.Node mergeNode(
      String at, DialogFile.Node node, DialogFile.Node over, List<String> problems) {
    if (over.action() != null
        || over.expect() != null
        || !over.args().isEmpty()
        || !over.on().isEmpty()) {
      problems.add(at + ": a variant gives only say, choices' labels, triggers and keywords");
    }
    if (over.say().size() != node.say().size()) {
      problems.add(at + ".say: needs " + node.say().size() + " messages, as the standard node");
    } else if (!placeholders(String.join(" ", over.say()))
        .equals(placeholders(String.join(" ", node.say())))) {
      problems.add(
          at
              + ".say: placeholders "
              + placeholders(String.join(" ", over.say()))
              + " differ from the standard node's "
              + placeholders(String.join(" ", node.say())));
    }
    if (over.choices().size() != node.choices().size()) {
      problems.add(
          at + ".choices: needs " + node.choices().size() + " choices, as the standard node");
    }
    List<DialogFile.Choice> choices = new ArrayList<>();
    for (int i = 0; i < node.choices().size(); i++) {
      DialogFile.Choice base = node.choices().get(i);
      if (i >= over.choices().size()) {
        choices.add(base);
        continue;
      }
      DialogFile.Choice label = over.choices().get(i);
      if (label.gotoNode() != null
          || label.action() != null
          || !label.args().isEmpty()
          || label.location() != null
          || label.url() != null
          || label.tel() != null
          || (label.text() != null && base.text() == null)) {
        problems.add(
            at
                + ".choices["
                + i
                + "]: a variant gives only the label (and text, where the standard choice sends"
                + " text)");
      }
      choices.add(
          new DialogFile.Choice(
              label.label(),
              base.gotoNode(),
              base.action(),
              base.args(),
              label.text() != null ? label.text() : base.text(),
              base.location(),
              base.url(),
              base.tel()));
    }
    List<String> triggers = new ArrayList<>(node.triggers());
    over.triggers().stream().filter(t -> !triggers.contains(t)).forEach(triggers::add);
    List<String> keywords = new ArrayList<>(node.keywords());
    over.keywords().stream().filter(k -> !keywords.contains(k)).forEach(keywords::add);
    return new DialogFile.Node(
        node.id(),
        triggers,
        keywords,
        node.on(),
        over.say().size() == node.say().size() ? over.say() : node.say(),
        choices,
        node.action(),
        node.expect(),
        node.args());
  }

  private Map<String, DialogFile> read(Path folder, Language language, List<String> problems) {
    Map<String, DialogFile> files = new LinkedHashMap<>();
    List<Path> paths;
    try (Stream<Path> entries = Files.list(folder)) {
      paths =
          entries
              .filter(p -> p.getFileName().toString().endsWith(".yml"))
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      problems.add(language.code() + "/: cannot be listed: " + e.getMessage());
      return files;
    }
    for (Path path : paths) {
      String name = path.getFileName().toString();
      String at = language.code() + "/" + name;
      try {
        DialogFile parsed = yaml.readValue(path.toFile(), DialogFile.class);
        files.put(name, parsed == null ? new DialogFile(null, null, null) : parsed);
      } catch (UnrecognizedPropertyException e) {
        problems.add(
            at + ": unknown key '" + e.getPropertyName() + "' at " + DialogException.where(e));
      } catch (JsonMappingException e) {
        problems.add(at + ": " + e.getOriginalMessage() + " at " + DialogException.where(e));
      } catch (IOException e) {
        problems.add(at + ": cannot be read: " + e.getMessage());
      }
    }
    return files;
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
