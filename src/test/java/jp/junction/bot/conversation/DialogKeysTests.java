package jp.junction.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The keys the code names and the real {@code dialogs/} match both ways: every text, list and node
 * a feature's key enum names is there, every text and list there is named by some key enum, and
 * every occasion is one the code knows and has its node.
 */
class DialogKeysTests {

  private static final DialogCatalog REAL =
      new DialogLoader().load(Path.of("dialogs"), null).catalog();

  @Test
  void everyKeyTheCodeNamesIsInTheDialogsAndEveryTextAndListThereIsNamedByTheCode() {
    assertThat(mismatches(REAL, namedByTheCode())).isEmpty();
  }

  @Test
  void everyFeatureWithWordsHasItsKeysFound() {
    assertThat(keyEnums())
        .extracting(Class::getSimpleName)
        .contains(
            "ConversationTexts",
            "EventTexts",
            "EventLists",
            "GuideTexts",
            "NoticeTexts",
            "NoticeNodes",
            "PrivacyTexts",
            "SafetyTexts",
            "SafetyLists");
  }

  @Test
  void everyOccasionTheCodeKnowsHasItsNodeInTheDialogs() {
    assertThat(Arrays.stream(Occasion.values()).filter(o -> REAL.on(o).isEmpty()).toList())
        .isEmpty();
  }

  @Test
  void aKeyTheDialogsLackAndATextNothingNamesAreBothReported() {
    DialogCatalog fixture =
        new DialogLoader().load(Path.of("src/test/resources/dialogs-fixture"), null).catalog();
    TextKey missing = () -> "echo.gone";
    NodeKey node = () -> "ask";

    assertThat(mismatches(fixture, List.of(missing, node)))
        .containsExactly(
            "texts.echo.gone: named by the code, missing in dialogs/",
            "texts.echo.said: in dialogs/, named by no code");
  }

  /** What does not match, as {@code texts.<key>: ...} lines. */
  static List<String> mismatches(DialogCatalog dialogs, Collection<DialogKey> named) {
    List<String> out = new ArrayList<>();
    Map<String, Set<String>> byKind =
        named.stream()
            .collect(
                Collectors.groupingBy(
                    DialogKeysTests::kind,
                    Collectors.mapping(DialogKey::key, Collectors.toCollection(TreeSet::new))));
    Map<String, Set<String>> present =
        Map.of(
            "texts", dialogs.texts().keySet(),
            "lists", dialogs.lists().keySet(),
            "nodes", dialogs.nodes().keySet());
    for (String kind : List.of("texts", "lists", "nodes")) {
      Set<String> code = byKind.getOrDefault(kind, Set.of());
      code.stream()
          .filter(k -> !present.get(kind).contains(k))
          .forEach(k -> out.add(kind + "." + k + ": named by the code, missing in dialogs/"));
      if (!kind.equals("nodes")) {
        // Nodes are reached from the dialogs themselves (triggers, goto); texts and lists only
        // from code.
        new TreeSet<>(present.get(kind))
            .stream()
                .filter(k -> !code.contains(k))
                .forEach(k -> out.add(kind + "." + k + ": in dialogs/, named by no code"));
      }
    }
    return out.stream().sorted().toList();
  }

  private static String kind(DialogKey key) {
    return key instanceof TextKey ? "texts" : key instanceof ListKey ? "lists" : "nodes";
  }

  /** Every constant of every key enum in the bot's own (main) code. */
  private static List<DialogKey> namedByTheCode() {
    return keyEnums().stream()
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(DialogKey.class::cast)
        .toList();
  }

  private static List<Class<?>> keyEnums() {
    ClassPathScanningCandidateComponentProvider scan =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isIndependent();
          }
        };
    scan.addIncludeFilter(new AssignableTypeFilter(DialogKey.class));
    return scan.findCandidateComponents("jp.junction.bot").stream()
        .map(BeanDefinition::getBeanClassName)
        .map(name -> ClassUtils.resolveClassName(name, DialogKeysTests.class.getClassLoader()))
        .filter(Class::isEnum)
        .filter(DialogKeysTests::isMainCode)
        .map(Function.<Class<?>>identity())
        .toList();
  }

  /** Keys made up by tests for their fixtures are not the bot's. */
  private static boolean isMainCode(Class<?> type) {
    return !type.getProtectionDomain()
        .getCodeSource()
        .getLocation()
        .getPath()
        .contains("test-classes");
  }
}
