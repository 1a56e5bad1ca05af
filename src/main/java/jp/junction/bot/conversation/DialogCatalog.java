package jp.junction.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every dialog node and text, loaded and validated; immutable. */
record DialogCatalog(
    Map<String, DialogFile.Node> nodes,
    Map<String, String> texts,
    Map<String, List<String>> lists,
    Map<String, String> exactTriggers,
    List<Map.Entry<String, String>> keywords,
    Map<String, String> eventNodes) {

  Optional<DialogFile.Node> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  /**
   * The node whose trigger is the whole of {@code normalized} text, else the one with the longest
   * keyword it contains when it is short (≤ {@code maxKeywordText} characters).
   */
  Optional<DialogFile.Node> triggered(String normalized, int maxKeywordText) {
    String id = exactTriggers.get(normalized);
    if (id == null && normalized.length() <= maxKeywordText) {
      id =
          keywords.stream()
              .filter(k -> normalized.contains(k.getKey()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
    }
    return Optional.ofNullable(id).flatMap(this::node);
  }

  /** The node for a special occasion, when a node is {@code on:} it. */
  Optional<DialogFile.Node> on(Occasion occasion) {
    return Optional.ofNullable(eventNodes.get(occasion.key())).map(nodes::get);
  }
}
