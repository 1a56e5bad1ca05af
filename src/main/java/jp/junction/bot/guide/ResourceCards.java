package jp.junction.bot.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.search.SearchResult;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;
import org.springframework.stereotype.Component;

/** Turns one found resource into a card: name, kind and area, hours, contact, tags, last check. */
@Component
class ResourceCards {

  /** The conditions a card names (the others only rank it). */
  private static final Map<Flag, String> TAGS =
      new EnumMap<>(
          Map.of(
              Flag.ANONYMOUS_OK, "tag.anonymous",
              Flag.NO_RESERVATION, "tag.noReservation",
              Flag.ONLINE, "tag.online",
              Flag.WOMEN_ONLY, "tag.womenOnly",
              Flag.FREE, "tag.free"));

  private final DialogContent words;

  ResourceCards(DialogContent words) {
    this.words = words;
  }

  OutgoingMessage.Card card(SearchResult.Hit hit) {
    SearchResult.Resource r = hit.resource();
    List<String> lines = new ArrayList<>();
    line(lines, "search.card.hours", "hours", r.hours());
    line(lines, "search.card.phone", "phone", r.phone());
    line(lines, "search.card.fee", "fee", r.fee());
    line(lines, "search.card.age", "age", r.age());
    if (hit.distanceKm() != null) {
      lines.add(
          words.text(
              "search.card.distance",
              Map.of("km", String.format(Locale.ROOT, "%.1f", hit.distanceKm()))));
    }
    if (has(r.description())) {
      lines.add(r.description());
    }
    return new OutgoingMessage.Card(
        r.name(),
        kind(r) + " ・ " + area(r),
        lines,
        tags(hit),
        checked(r.updated(), hit.stale()),
        buttons(r));
  }

  private String kind(SearchResult.Resource r) {
    List<String> names = new ArrayList<>();
    for (Category category : r.categories()) {
      names.add(words.text("category." + category.code()));
    }
    return String.join("・", names);
  }

  private String area(SearchResult.Resource r) {
    if ("national".equals(r.coverage())) {
      return words.text("search.area.national");
    }
    if ("prefecture".equals(r.coverage()) || !has(r.municipality())) {
      return words.text("search.area.prefecture", Map.of("prefecture", nz(r.prefecture())));
    }
    return nz(r.prefecture()) + r.municipality();
  }

  /** The conditions the search found the resource meets, in display order, then 家族向け. */
  private List<String> tags(SearchResult.Hit hit) {
    List<String> tags = new ArrayList<>();
    for (Flag flag : hit.flags()) {
      String key = TAGS.get(flag);
      if (key != null) {
        tags.add(words.text(key));
      }
    }
    if (hit.resource().audience().contains(Audience.FAMILY)) {
      tags.add(words.text("tag.family"));
    }
    return tags;
  }

  private String checked(LocalDate updated, boolean stale) {
    if (updated == null) {
      return null;
    }
    return words.text(
        stale ? "search.card.checked.stale" : "search.card.checked",
        Map.of("date", updated.toString()));
  }

  private List<OutgoingMessage.Action> buttons(SearchResult.Resource r) {
    List<OutgoingMessage.Action> buttons = new ArrayList<>();
    String tel = r.phone() == null ? "" : r.phone().replaceAll("[^0-9+#]", "");
    if (tel.length() >= 3 && tel.length() <= 20) {
      buttons.add(new OutgoingMessage.Action.Uri(words.text("search.card.call"), "tel:" + tel));
    }
    if (r.url() != null) {
      buttons.add(
          new OutgoingMessage.Action.Uri(words.text("search.card.site"), r.url().toString()));
    }
    if (r.lat() != null && r.lon() != null) {
      buttons.add(
          new OutgoingMessage.Action.Uri(
              words.text("search.card.map"),
              String.format(
                  Locale.ROOT,
                  "https://www.google.com/maps/search/?api=1&query=%.6f,%.6f",
                  r.lat(),
                  r.lon())));
    }
    return buttons;
  }

  private void line(List<String> lines, String key, String name, String value) {
    if (has(value)) {
      lines.add(words.text(key, Map.of(name, value)));
    }
  }

  private static boolean has(String value) {
    return value != null && !value.isBlank();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
