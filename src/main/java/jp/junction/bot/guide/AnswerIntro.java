package jp.junction.bot.guide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.search.SearchResult;

/**
 * The line above the cards, saying exactly what they are: how many in the place asked, in nearby
 * towns, prefecture-wide (with the prefecture's own 都/道/府/県) and national or online; where the
 * search had to go further, it says so once, and never that a town had nothing while a card of that
 * town is shown.
 */
final class AnswerIntro {

  /** Where a card is, as against the place asked. */
  private enum Where {
    ASKED,
    NEARBY,
    PREFECTURE,
    NATIONAL
  }

  private final DialogContent words;

  AnswerIntro(DialogContent words) {
    this.words = words;
  }

  String write(Question question, SearchResult result) {
    SearchResult.Understanding u = result.understanding();
    boolean near = question.latitude() != null && question.longitude() != null;
    String place = askedPlace(u);
    Map<Where, Integer> counts = count(result, u);
    boolean allAsked = counts.size() == 1 && counts.containsKey(Where.ASKED);
    String what =
        (place != null && allAsked ? words.text(GuideTexts.PLACE_IN, Map.of("place", place)) : "")
            + asked(u);
    List<String> lines = new ArrayList<>();
    lines.add(
        words.text(
            near ? GuideTexts.FOUND_NEAR : GuideTexts.FOUND,
            Map.of("what", what, "count", result.total())));
    if (u.excludedMunicipality() != null) {
      lines.add(words.text(GuideTexts.EXCLUDED, Map.of("place", u.excludedMunicipality())));
    }
    if (!near && counts.size() > 1) {
      lines.add(breakdown(result, counts, place, u.prefecture()));
    }
    String widened = widened(u, counts, place, near);
    if (widened != null) {
      lines.add(widened);
    }
    if (result.hits().stream().anyMatch(SearchResult.Hit::stale)) {
      lines.add(words.text(GuideTexts.STALE));
    }
    return String.join("\n", lines);
  }

  /** The towns asked for (高松市, 前橋市・高崎市), else the prefecture, else null. */
  private static String askedPlace(SearchResult.Understanding u) {
    if (!u.towns().isEmpty()) {
      return u.towns().stream()
          .map(key -> key.substring(key.indexOf('/') + 1))
          .collect(Collectors.joining("・"));
    }
    return u.excludedMunicipality() == null ? u.prefecture() : null;
  }

  private static Map<Where, Integer> count(SearchResult result, SearchResult.Understanding u) {
    Map<Where, Integer> counts = new EnumMap<>(Where.class);
    for (SearchResult.Hit hit : result.hits()) {
      counts.merge(where(hit.resource(), u), 1, Integer::sum);
    }
    return counts;
  }

  private static Where where(SearchResult.Resource r, SearchResult.Understanding u) {
    return switch (r.coverage()) {
      case "national" -> Where.NATIONAL;
      case "prefecture" -> Where.PREFECTURE;
      default -> {
        boolean asked =
            u.towns().isEmpty()
                ? u.excludedMunicipality() == null && r.prefecture().equals(u.prefecture())
                : u.towns().contains(r.prefecture() + "/" + r.municipality());
        yield asked ? Where.ASKED : Where.NEARBY;
      }
    };
  }

  private String breakdown(
      SearchResult result, Map<Where, Integer> counts, String place, String prefecture) {
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (where, n) ->
            parts.add(
                switch (where) {
                  case ASKED ->
                      words.text(
                          GuideTexts.PART_ASKED,
                          Map.of("place", place == null ? "" : place, "count", n));
                  case NEARBY -> words.text(GuideTexts.PART_NEARBY, Map.of("count", n));
                  case PREFECTURE ->
                      words.text(
                          GuideTexts.PART_PREFECTURE,
                          Map.of("prefecture", prefectureOf(result, prefecture), "count", n));
                  case NATIONAL -> words.text(GuideTexts.PART_NATIONAL, Map.of("count", n));
                }));
    String joined = String.join(words.text(GuideTexts.PART_SEPARATOR), parts);
    return result.total() > result.hits().size()
        ? words.text(
            GuideTexts.BREAKDOWN_PAGE, Map.of("shown", result.hits().size(), "parts", joined))
        : words.text(GuideTexts.BREAKDOWN, Map.of("parts", joined));
  }

  /** The prefecture of the prefecture-wide cards, as the data names it (東京都, 大阪府, 香川県). */
  private static String prefectureOf(SearchResult result, String asked) {
    return result.hits().stream()
        .map(SearchResult.Hit::resource)
        .filter(r -> r.coverage().equals("prefecture"))
        .map(SearchResult.Resource::prefecture)
        .findFirst()
        .orElse(asked == null ? "" : asked);
  }

  /**
   * Said once, and only when true: nothing of the kind in the place asked, so the cards are from
   * nearby towns, the prefecture, or national services. Asking for somewhere other than one's own
   * town is not a widening, and with no place asked national services are what was asked.
   */
  private String widened(
      SearchResult.Understanding u, Map<Where, Integer> counts, String place, boolean near) {
    if (near
        || u.excludedMunicipality() != null
        || place == null
        || counts.containsKey(Where.ASKED)) {
      return null;
    }
    if (counts.containsKey(Where.NEARBY)) {
      return words.text(GuideTexts.WIDENED_NEIGHBOURS, Map.of("place", place));
    }
    if (counts.containsKey(Where.PREFECTURE)) {
      return words.text(
          GuideTexts.WIDENED_PREFECTURE,
          Map.of("place", place, "prefecture", u.prefecture() == null ? "" : u.prefecture()));
    }
    return words.text(GuideTexts.WIDENED_NATIONAL);
  }

  /** What the person asked for, in the words of the category names, or a general phrase. */
  private String asked(SearchResult.Understanding u) {
    if (u.categories().isEmpty() || u.categories().size() > 2) {
      return words.text(GuideTexts.WHAT_DEFAULT);
    }
    return u.categories().stream()
        .map(c -> words.text(GuideTexts.category(c)))
        .collect(Collectors.joining("・"));
  }
}
