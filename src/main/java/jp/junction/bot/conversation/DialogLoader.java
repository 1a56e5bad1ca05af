package jp.junction.bot.conversation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.junction.bot.line.LineLimits;

/**
 * Reads every {@code *.yml} in the dialogs folder and validates it: unknown keys, duplicate ids,
 * broken references, unknown actions and occasions, too many or too long quick replies. Every
 * problem names its file and key; any problem stops startup.
 */
class DialogLoader {

  /**
   * Files in the dialogs folder that are not dialog files: the rich menu ({@code richmenu/} reads
   * and checks it against these dialogs).
   */
  static final Set<String> NOT_DIALOGS = Set.of("richmenu.yml");

  /** One message is left for what a node's action adds, within LINE's five per reply. */
  static final int MAX_SAY = LineLimits.MESSAGES_PER_REQUEST - 1;

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /**
   * Loads and validates the folder. With {@code actionNames} null, action references are not
   * checked (the engine checks them once the actions are known).
   */
  Loaded load(Path dir, Set<String> actionNames) {
    if (!Files.isDirectory(dir)) {
      throw new DialogException(
          "JUNCTION_DIALOGS_DIR: dialogs folder not found: " + dir.toAbsolutePath());
    }
    List<String> problems = new ArrayList<>();
    Map<String, DialogFile> files = new LinkedHashMap<>();
    for (Path file : ymlFiles(dir)) {
      try {
        DialogFile parsed = yaml.readValue(file.toFile(), DialogFile.class);
        files.put(file.getFileName().toString(), parsed == null ? empty() : parsed);
      } catch (UnrecognizedPropertyException e) {
        problems.add(
            file.getFileName()
                + ": unknown key '"
                + e.getPropertyName()
                + "' at "
                + DialogException.where(e));
      } catch (JsonMappingException e) {
        problems.add(
            file.getFileName() + ": " + e.getOriginalMessage() + " at " + DialogException.where(e));
      } catch (IOException e) {
        problems.add(file.getFileName() + ": cannot be read: " + e.getMessage());
      }
    }
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add(dir + ": no *.yml dialog files");
    }
    DialogCatalog catalog = index(files, problems);
    new DialogValidator(catalog, files, actionNames, problems).validate();
    Map<Language, DialogCatalog> catalogs = new EnumMap<>(Language.class);
    Map<Language, Map<String, DialogFile>> filesBy = new EnumMap<>(Language.class);
    catalogs.put(Language.STANDARD, catalog);
    filesBy.put(Language.STANDARD, Map.copyOf(files));
    if (problems.isEmpty()) {
      for (Language language : Language.values()) {
        if (language == Language.STANDARD) {
          continue;
        }
        Map<String, DialogFile> merged =
            new DialogVariants(yaml).overlay(dir, language, files, problems);
        if (merged == null) {
          continue;
        }
        List<String> found = new ArrayList<>();
        DialogCatalog variant = index(merged, found);
        new DialogValidator(variant, merged, actionNames, found).validate();
        found.forEach(p -> problems.add(language.code() + "/" + p));
        catalogs.put(language, variant);
        filesBy.put(language, Map.copyOf(merged));
      }
    }
    if (!problems.isEmpty()) {
      throw new DialogException(
          "Dialogs in " + dir + " have problems:\n  - " + String.join("\n  - ", problems));
    }
    return new Loaded(Map.copyOf(catalogs), Map.copyOf(filesBy));
  }

  /**
   * The catalog of each language the folder has (standard Japanese always; やさしい日本語 and English when
   * their folders exist) and the files each came from (kept for later checks that name the file).
   */
  record Loaded(
      Map<Language, DialogCatalog> catalogs, Map<Language, Map<String, DialogFile>> filesBy) {

    /** The standard Japanese catalog. */
    DialogCatalog catalog() {
      return catalogs.get(Language.STANDARD);
    }

    /** The catalog for {@code language}, or the standard one when the folder has no variant. */
    DialogCatalog catalog(Language language) {
      return catalogs.getOrDefault(language, catalog());
    }

    /** The standard Japanese files. */
    Map<String, DialogFile> files() {
      return filesBy.get(Language.STANDARD);
    }

    void verify(Set<String> actionNames) {
      List<String> problems = new ArrayList<>();
      catalogs.forEach(
          (language, catalog) ->
              new DialogValidator(catalog, filesBy.get(language), actionNames, problems)
                  .validate());
      if (!problems.isEmpty()) {
        throw new DialogException("Dialogs have problems:\n  - " + String.join("\n  - ", problems));
      }
    }
  }

  private DialogCatalog index(Map<String, DialogFile> files, List<String> problems) {
    Map<String, DialogFile.Node> nodes = new LinkedHashMap<>();
    Map<String, String> texts = new HashMap<>();
    Map<String, List<String>> lists = new HashMap<>();
    Map<String, String> exact = new HashMap<>();
    List<Map.Entry<String, String>> keywords = new ArrayList<>();
    Map<String, String> occasions = new HashMap<>();
    files.forEach(
        (file, content) -> {
          for (DialogFile.Node node : content.nodes()) {
            if (node.id() == null || node.id().isBlank()) {
              problems.add(file + ": a node has no id");
              continue;
            }
            if (nodes.putIfAbsent(node.id(), node) != null) {
              problems.add(file + ": nodes." + node.id() + ": duplicate node id");
            }
            for (String trigger : node.triggers()) {
              String key = TextNormalizer.forMatching(trigger);
              String before = exact.putIfAbsent(key, node.id());
              if (before != null && !before.equals(node.id())) {
                problems.add(
                    file
                        + ": nodes."
                        + node.id()
                        + ".triggers: '"
                        + trigger
                        + "' is also in "
                        + before);
              }
            }
            for (String keyword : node.keywords()) {
              keywords.add(Map.entry(TextNormalizer.forMatching(keyword), node.id()));
            }
            for (String occasion : node.on()) {
              String before = occasions.putIfAbsent(occasion, node.id());
              if (before != null) {
                problems.add(
                    file + ": nodes." + node.id() + ".on: '" + occasion + "' is also on " + before);
              }
            }
          }
          content
              .texts()
              .forEach(
                  (key, value) -> {
                    if (texts.putIfAbsent(key, value) != null) {
                      problems.add(file + ": texts." + key + ": duplicate text key");
                    }
                  });
          content
              .lists()
              .forEach(
                  (key, value) -> {
                    if (lists.putIfAbsent(key, List.copyOf(value)) != null) {
                      problems.add(file + ": lists." + key + ": duplicate list name");
                    }
                  });
        });
    // Longest keyword first, so お知らせ停止 wins over お知らせ.
    keywords.sort((a, b) -> b.getKey().length() - a.getKey().length());
    return new DialogCatalog(
        Map.copyOf(nodes),
        Map.copyOf(texts),
        Map.copyOf(lists),
        Map.copyOf(exact),
        List.copyOf(keywords),
        Map.copyOf(occasions));
  }

  private static List<Path> ymlFiles(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(".yml"))
          .filter(p -> !NOT_DIALOGS.contains(p.getFileName().toString()))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new DialogException("JUNCTION_DIALOGS_DIR: cannot list " + dir + ": " + e.getMessage());
    }
  }

  private static DialogFile empty() {
    return new DialogFile(null, null, null);
  }
}
