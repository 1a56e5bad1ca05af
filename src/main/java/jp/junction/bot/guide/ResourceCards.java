package jp.junction.bot.guide;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.hours.OpenNotes;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.search.SearchResult;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;
import org.springframework.stereotype.Component;

/**
 * Turns one found resource into a card: name, kind and area, hours (with 「いま受付中」 or when it opens,
 * at the answer's time, when they can be read), contact, tags, last check, and a button to keep it
 * for later (「あとで見る」). Saved places are shown with the same card.
 */
@Component
public class ResourceCards {

  /**
   * The action the 「あとで見る」 button runs, with the resource's id as {@code id}; saved/ registers it
   * (the webhook tests tap the button).
   */
  static final String SAVE_ACTION = "saved.add";

  /** As the search finds it: a resource last checked longer ago than this is marked so. */
  private static final int STALE_YEARS = 2;

  /** The conditions a card names (the others only rank it). */
  private static final Map<Flag, GuideTexts> TAGS =
      new EnumMap<>(
          Map.of(
              Flag.ANONYMOUS_OK, GuideTexts.TAG_ANONYMOUS,
              Flag.NO_RESERVATION, GuideTexts.TAG_NO_RESERVATION,
              Flag.ONLINE, GuideTexts.TAG_ONLINE,
              Flag.WOMEN_ONLY, GuideTexts.TAG_WOMEN_ONLY,
              Flag.FREE, GuideTexts.TAG_FREE));

  /** Hours texts read so far; the corpus has a few hundred distinct ones, so this stays small. */
  private static final int MAX_READ = 10_000;

  private final DialogContent words;
  private final OpenNotes notes;
  private final Clock clock;
  private final Map<String, OpeningHours> read = new ConcurrentHashMap<>();

  ResourceCards(DialogContent words, Clock clock) {
    words.require(GuideTexts.values());
    this.words = words;
    this.notes = new OpenNotes(words);
    this.clock = clock;
  }

  OutgoingMessage.Card card(SearchResult.Hit hit) {
    List<OutgoingMessage.Action> buttons = buttons(hit.resource());
    String name = hit.resource().name();
    String shown = words.text(GuideTexts.CARD_SAVE_SHOWN, Map.of("name", name));
    buttons.add(
        words.postback(
            words.text(GuideTexts.CARD_SAVE),
            SAVE_ACTION,
            Map.of("id", hit.resource().id()),
            LineLimits.clip(shown, LineLimits.ACTION_TEXT)));
    return card(hit, buttons);
  }

  /**
   * A resource as a search card would show it today, with {@code own} buttons after its call, site
   * and map buttons instead of 「あとで見る」 (for the saved places' list).
   */
  public OutgoingMessage.Card card(
      SearchResult.Resource resource, List<OutgoingMessage.Action> own) {
    LocalDate today = JapanTime.of(clock.instant()).toLocalDate();
    boolean stale =
        resource.updated() != null && resource.updated().isBefore(today.minusYears(STALE_YEARS));
    SearchResult.Hit hit = new SearchResult.Hit(resource, 0, null, stale, Set.of());
    List<OutgoingMessage.Action> buttons = buttons(resource);
    buttons.addAll(own);
    return card(hit, buttons);
  }

  private OutgoingMessage.Card card(SearchResult.Hit hit, List<OutgoingMessage.Action> buttons) {
    SearchResult.Resource r = hit.resource();
    List<String> lines = new ArrayList<>();
    hours(r.hours())
        .ifPresentOrElse(lines::add, () -> line(lines, GuideTexts.CARD_HOURS, "hours", r.hours()));
    line(lines, GuideTexts.CARD_PHONE, "phone", r.phone());
    line(lines, GuideTexts.CARD_FEE, "fee", r.fee());
    line(lines, GuideTexts.CARD_AGE, "age", r.age());
    if (hit.distanceKm() != null) {
      lines.add(
          words.text(
              GuideTexts.CARD_DISTANCE,
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
        buttons);
  }

  private String kind(SearchResult.Resource r) {
    List<String> names = new ArrayList<>();
    for (Category category : r.categories()) {
      names.add(words.text(GuideTexts.category(category)));
    }
    return String.join("・", names);
  }

  private String area(SearchResult.Resource r) {
    if ("national".equals(r.coverage())) {
      return words.text(GuideTexts.AREA_NATIONAL);
    }
    if ("prefecture".equals(r.coverage()) || !has(r.municipality())) {
      return words.text(GuideTexts.AREA_PREFECTURE, Map.of("prefecture", nz(r.prefecture())));
    }
    return nz(r.prefecture()) + r.municipality();
  }

  /** The conditions the search found the resource meets, in display order, then 家族向け. */
  private List<String> tags(SearchResult.Hit hit) {
    List<String> tags = new ArrayList<>();
    for (Flag flag : hit.flags()) {
      GuideTexts tag = TAGS.get(flag);
      if (tag != null) {
        tags.add(words.text(tag));
      }
    }
    if (hit.resource().audience().contains(Audience.FAMILY)) {
      tags.add(words.text(GuideTexts.TAG_FAMILY));
    }
    return tags;
  }

  private String checked(LocalDate updated, boolean stale) {
    if (updated == null) {
      return null;
    }
    return words.text(
        stale ? GuideTexts.CARD_CHECKED_STALE : GuideTexts.CARD_CHECKED,
        Map.of("date", updated.toString()));
  }

  private List<OutgoingMessage.Action> buttons(SearchResult.Resource r) {
    List<OutgoingMessage.Action> buttons = new ArrayList<>();
    String tel = r.phone() == null ? "" : r.phone().replaceAll("[^0-9+#]", "");
    if (tel.length() >= 3 && tel.length() <= 20) {
      buttons.add(new OutgoingMessage.Action.Uri(words.text(GuideTexts.CARD_CALL), "tel:" + tel));
    }
    if (r.url() != null) {
      buttons.add(
          new OutgoingMessage.Action.Uri(words.text(GuideTexts.CARD_SITE), r.url().toString()));
    }
    if (r.lat() != null && r.lon() != null) {
      buttons.add(
          new OutgoingMessage.Action.Uri(
              words.text(GuideTexts.CARD_MAP),
              String.format(
                  Locale.ROOT,
                  "https://www.google.com/maps/search/?api=1&query=%.6f,%.6f",
                  r.lat(),
                  r.lon())));
    }
    return buttons;
  }

  /** The hours with whether they are open now, or empty to show them as written. */
  private Optional<String> hours(String text) {
    if (!has(text)) {
      return Optional.empty();
    }
    if (read.size() > MAX_READ) {
      read.clear();
    }
    OpeningHours hours = read.computeIfAbsent(text, OpeningHours::parse);
    return notes
        .note(hours, JapanTime.of(clock.instant()))
        .map(
            note ->
                words.text(
                    GuideTexts.CARD_HOURS_NOTE, Map.of("hours", hours.text(), "note", note)));
  }

  private void line(List<String> lines, GuideTexts key, String name, String value) {
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
