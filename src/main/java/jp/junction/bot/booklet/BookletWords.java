package jp.junction.bot.booklet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.junction.bot.booklet.AreaList.Tier;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.places.Areas;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;

/**
 * The words of an area list, shared by the PDF and the web page: the area's name, the headings, and
 * each entry as the lines it is printed with.
 */
final class BookletWords {

  /** One entry as printed: name, kind and place, the detail lines, tags and the last check. */
  record EntryLines(
      String name, String kind, List<String> details, List<String> tags, String checked) {}

  private final DialogContent words;

  BookletWords(DialogContent words) {
    words.require(BookletTexts.values());
    this.words = words;
  }

  String text(BookletTexts key) {
    return words.text(key);
  }

  String text(BookletTexts key, Map<String, ?> values) {
    return words.text(key, values);
  }

  /** 香川県高松市・丸亀市, 香川県, or 香川県高松市・徳島県: towns after their prefecture. */
  String areaName(List<Areas.Area> areas) {
    Map<String, List<String>> byPrefecture = new LinkedHashMap<>();
    for (Areas.Area a : areas) {
      List<String> towns = byPrefecture.computeIfAbsent(a.prefecture(), k -> new ArrayList<>());
      if (!a.wholePrefecture()) {
        towns.add(a.municipality());
      }
    }
    String sep = text(BookletTexts.ENTRY_SEPARATOR);
    return byPrefecture.entrySet().stream()
        .map(e -> e.getKey() + String.join(sep, e.getValue()))
        .collect(Collectors.joining(sep));
  }

  String category(Category category) {
    return text(BookletTexts.category(category));
  }

  String tier(Tier tier, AreaList list) {
    return switch (tier) {
      case LOCAL -> text(BookletTexts.TIER_LOCAL, Map.of("area", areaName(list.areas())));
      case NEIGHBOURS -> text(BookletTexts.TIER_NEIGHBOURS);
      case PREFECTURE ->
          text(
              BookletTexts.TIER_PREFECTURE,
              Map.of(
                  "prefecture",
                  String.join(text(BookletTexts.ENTRY_SEPARATOR), list.prefectures())));
      case NATIONAL -> text(BookletTexts.TIER_NATIONAL);
    };
  }

  String date(LocalDate date) {
    return text(
        BookletTexts.DATE,
        Map.of("year", date.getYear(), "month", date.getMonthValue(), "day", date.getDayOfMonth()));
  }

  EntryLines entry(Resource r) {
    String sep = text(BookletTexts.ENTRY_SEPARATOR);
    String kinds = r.categories().stream().map(this::category).collect(Collectors.joining(sep));
    String kind = text(BookletTexts.ENTRY_KIND, Map.of("kind", kinds, "place", place(r)));
    List<String> details = new ArrayList<>();
    if (has(r.description())) {
      details.add(r.description().strip());
    }
    if (!r.audience().isEmpty()) {
      String who =
          r.audience().stream()
              .map(a -> text(BookletTexts.audience(a)))
              .collect(Collectors.joining(sep));
      details.add(text(BookletTexts.ENTRY_FOR, Map.of("audience", who)));
    }
    detail(details, BookletTexts.ENTRY_AGE, "age", r.age());
    detail(details, BookletTexts.ENTRY_HOURS, "hours", r.hours());
    detail(details, BookletTexts.ENTRY_PHONE, "phone", r.phone());
    detail(details, BookletTexts.ENTRY_URL, "url", r.url() == null ? null : r.url().toString());
    detail(details, BookletTexts.ENTRY_ADDRESS, "address", r.address());
    detail(details, BookletTexts.ENTRY_FEE, "fee", r.fee());
    String checked =
        r.updated() == null
            ? null
            : text(BookletTexts.ENTRY_CHECKED, Map.of("date", date(r.updated())));
    return new EntryLines(r.name(), kind, details, tags(r), checked);
  }

  /**
   * The conditions a card names that the data states outright, in the chat's order, then 家族向け (the
   * fee is printed as written).
   */
  private List<String> tags(Resource r) {
    List<String> tags = new ArrayList<>();
    if (r.anonymousOk()) {
      tags.add(text(BookletTexts.TAG_ANONYMOUS));
    }
    if (!r.reservationRequired()) {
      tags.add(text(BookletTexts.TAG_NO_RESERVATION));
    }
    if (r.online()) {
      tags.add(text(BookletTexts.TAG_ONLINE));
    }
    if (r.womenOnly()) {
      tags.add(text(BookletTexts.TAG_WOMEN_ONLY));
    }
    if (r.audience().contains(Audience.FAMILY)) {
      tags.add(text(BookletTexts.TAG_FAMILY));
    }
    return tags;
  }

  private String place(Resource r) {
    return switch (r.coverage()) {
      case "local" -> nz(r.prefecture()) + nz(r.municipality());
      case "prefecture" ->
          text(BookletTexts.TIER_PREFECTURE, Map.of("prefecture", nz(r.prefecture())));
      default -> text(BookletTexts.TIER_NATIONAL);
    };
  }

  private void detail(List<String> details, BookletTexts key, String name, String value) {
    if (has(value)) {
      details.add(text(key, Map.of(name, value.strip())));
    }
  }

  private static boolean has(String value) {
    return value != null && !value.isBlank();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
