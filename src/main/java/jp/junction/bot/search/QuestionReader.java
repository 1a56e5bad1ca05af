package jp.junction.bot.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Readings;

/**
 * Reads a free-text question (and optional location and refinements) into a {@link Question}. Place
 * names come from the gazetteer; an ambiguous name (富岡, 小平) is read as the town the corpus serves.
 * Everything else comes from the signal lexicon.
 */
final class QuestionReader {

  static final int MAX_TEXT = 500;
  private static final List<String> CATEGORY_ORDER =
      List.of(
          "consultation",
          "ibasho",
          "peer",
          "family",
          "employment",
          "hotline",
          "learning",
          "medical",
          "outreach");
  private static final Map<String, List<String>> RELATED =
      Map.of(
          "ibasho", List.of("peer", "learning"),
          "peer", List.of("ibasho", "learning"),
          "family", List.of("consultation"),
          "consultation", List.of("hotline", "outreach", "medical"),
          "employment", List.of("consultation"),
          "learning", List.of("ibasho", "family", "consultation"),
          "hotline", List.of("consultation", "outreach", "medical"),
          "medical", List.of("consultation", "hotline", "outreach"),
          "outreach", List.of("consultation", "hotline", "medical"));

  private final Lexicon lexicon;
  private final PlaceReader places;
  private final AgeReader ages = new AgeReader();

  QuestionReader(Gazetteer gazetteer, Lexicon lexicon, Map<String, Integer> placeWeights) {
    this.lexicon = lexicon;
    this.places = new PlaceReader(gazetteer, lexicon, placeWeights);
  }

  Question read(SearchRequest request) {
    String raw = request.text() == null ? "" : request.text();
    String text = clean(raw);
    String folded = Readings.hiragana(text);
    String kana = Readings.romajiToHiragana(folded);
    String[] forms = {text, folded, kana};

    PlaceReader.Place place = places.read(text, forms);
    Set<SearchRequest.Refinement> refinements = request.refinements();
    boolean notMyTown =
        place.town() != null
            && (lexicon.has("place.exclude", forms)
                || lexicon.has("place.exclude.attached", place.after())
                || refinements.contains(SearchRequest.Refinement.NOT_MY_TOWN));

    Set<String> categories = new LinkedHashSet<>();
    for (String category : CATEGORY_ORDER) {
      if (lexicon.has("category." + category, forms)) {
        categories.add(category);
      }
    }
    boolean family =
        lexicon.has("asker.family", forms) || refinements.contains(SearchRequest.Refinement.FAMILY);
    boolean self = lexicon.has("asker.self", forms) && !family;
    boolean supporter = lexicon.has("asker.supporter", forms) && !family;
    Set<String> groups = new LinkedHashSet<>();
    for (String group : List.of("school", "women", "men", "sibling", "lgbtq")) {
      if (lexicon.has("group." + group, forms)) {
        groups.add(group);
      }
    }
    if (!family) {
      groups.remove("sibling");
    }
    if (lexicon.has("refine.family", forms)
        || refinements.contains(SearchRequest.Refinement.FAMILY)) {
      categories.add("family");
    }
    boolean broad = categories.isEmpty();
    boolean forChild = family && lexicon.has("asker.for_child", forms);
    if (family
        && !forChild
        && !categories.contains("family")
        && (((categories.contains("ibasho") || categories.contains("peer"))
                && lexicon.has("wants.group.parents", forms))
            || (categories.equals(Set.of("learning")) && lexicon.has("wants.group", forms)))) {
      categories.add("family");
    }
    if (categories.contains("employment")) {
      categories.remove("consultation");
    }
    if (family && !forChild) {
      if (categories.contains("family")) {
        categories.remove("learning");
        categories.remove("ibasho");
        categories.remove("peer");
      } else if (categories.isEmpty()
          || categories.contains("consultation")
          || categories.equals(Set.of("hotline"))
          || categories.equals(Set.of("learning"))) {
        categories.add("consultation");
        categories.add("family");
      }
      if (categories.contains("family")
          && categories.contains("hotline")
          && !lexicon.has("flag.online", forms)
          && !lexicon.has("keyword.chat", forms)
          && !lexicon.has("keyword.mail", forms)) {
        categories.remove("hotline");
      }
    }
    if (categories.contains("learning") && categories.contains("consultation") && family) {
      categories.add("family");
    }
    if (broad) {
      categories.addAll(List.of("consultation", "ibasho", "peer", "family", "outreach"));
    }
    Set<String> related = new LinkedHashSet<>();
    for (String category : categories) {
      related.addAll(RELATED.get(category));
    }
    if (broad) {
      related.addAll(List.of("medical", "hotline", "learning", "employment"));
    }
    related.removeAll(categories);

    String audience =
        family || (categories.contains("family") && !self && !broad)
            ? "family"
            : supporter ? "supporter" : self || selfOnly(categories) ? "self" : "any";
    if ((broad && !family && !self) || forChild) {
      audience = "any";
    }

    Set<String> flags = new LinkedHashSet<>();
    Set<String> hard = new LinkedHashSet<>();
    for (String flag :
        List.of(
            "women_only",
            "online",
            "anonymous_ok",
            "no_reservation",
            "free",
            "evening",
            "weekend",
            "in_person")) {
      if (lexicon.has("flag." + flag, forms)) {
        flags.add(flag);
      }
    }
    if (refinements.contains(SearchRequest.Refinement.ONLINE)) {
      flags.add("online");
    }
    for (String flag : List.of("women_only", "online")) {
      if (flags.remove(flag)) {
        hard.add(flag);
      }
    }
    for (String flag : List.of("evening", "in_person")) {
      if (lexicon.has("flag." + flag + ".hard", forms) && flags.remove(flag)) {
        hard.add(flag);
      }
    }
    if (hard.contains("online")) {
      flags.remove("in_person");
    }
    if (hard.contains("women_only")) {
      groups.add("women");
    }

    List<List<String>> keywords = new ArrayList<>();
    List<String> notKeywords = new ArrayList<>();
    if (askedAbout("keyword.8050", text)) {
      keywords.add(List.of("8050"));
    }
    if (lexicon.has("keyword.class", forms) && categories.contains("family")) {
      keywords.add(List.of("家族教室", "講座", "セミナー"));
    }
    boolean wantsGroup = categories.contains("family") && lexicon.has("wants.group", forms);
    if (groups.contains("sibling") && wantsGroup) {
      keywords.add(List.of("きょうだい", "兄弟"));
    }
    if (groups.contains("school") && categories.contains("family")) {
      keywords.add(List.of("不登校"));
    }
    boolean phone = lexicon.has("keyword.phone", forms);
    if (lexicon.has("keyword.not_phone", forms)) {
      notKeywords.add("電話");
      phone = false;
    }
    List<String> channels = new ArrayList<>();
    if (phone) {
      channels.add("電話");
    }
    if (lexicon.has("keyword.chat", forms)) {
      channels.addAll(List.of("チャット", "line", "sns"));
    }
    if (lexicon.has("keyword.mail", forms)) {
      channels.add("メール");
    }
    if (!channels.isEmpty()) {
      keywords.add(channels);
      if (!phone) {
        hard.add("online");
        flags.remove("in_person");
      }
    }

    return new Question(
        text,
        place.town(),
        place.prefecture(),
        notMyTown,
        lexicon.has("place.nearby", forms)
            || refinements.contains(SearchRequest.Refinement.NEIGHBOURS),
        request.latitude(),
        request.longitude(),
        categories,
        related,
        audience,
        flags,
        hard,
        keywords,
        notKeywords,
        ages.read(text, family),
        groups,
        wantsGroup,
        broad);
  }

  /**
   * A keyword that names what is asked for, not only part of the story: it shares a sentence with a
   * kind of help (「8050問題 相談」, not 「8050問題というのを知って心配になりました」).
   */
  private boolean askedAbout(String key, String text) {
    for (String sentence : text.split("[。！？!?\\n]")) {
      if (lexicon.has(key, sentence)) {
        for (String category : CATEGORY_ORDER) {
          if (lexicon.has("category." + category, sentence, Readings.hiragana(sentence))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Truncated, normalised, without control characters or unpaired surrogates. */
  static String clean(String raw) {
    String cut = raw.length() > MAX_TEXT ? raw.substring(0, MAX_TEXT) : raw;
    StringBuilder out = new StringBuilder(cut.length());
    cut.codePoints()
        .map(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? ' ' : c)
        .forEach(out::appendCodePoint);
    return Readings.normalize(out.toString());
  }

  private static boolean selfOnly(Set<String> categories) {
    return !categories.isEmpty() && Set.of("ibasho", "peer", "employment").containsAll(categories);
  }
}
