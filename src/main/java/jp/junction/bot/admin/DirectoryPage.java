package jp.junction.bot.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectorySettings;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.places.Areas;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the directory pages show: the list with its filters, one entry with its form and change log,
 * the entries waiting for review (not checked for {@code junction.directory.review-months}, oldest
 * first) and their counts per area for the start page, and the coordinates an entry gets from its
 * town when staff leave them empty.
 */
@Component
class DirectoryPage {

  /** The list's filters as the query string has them; empty means any. */
  record Filter(
      String area, String kind, String audience, String status, boolean unchecked, String q) {
    Filter {
      area = area == null ? "" : area.strip();
      kind = kind == null ? "" : kind.strip();
      audience = audience == null ? "" : audience.strip();
      status = status == null ? "" : status.strip();
      q = q == null ? "" : q.strip();
    }
  }

  /** One area's entries waiting for review. */
  record AreaCount(String area, long count) {}

  private final DirectoryStore store;
  private final DirectorySettings settings;
  private final Gazetteer gazetteer;
  private final Areas areas;
  private final Clock clock;
  private final org.springframework.context.MessageSource messages;
  private final StaffTime time;

  DirectoryPage(
      DirectoryStore store,
      DirectorySettings settings,
      Gazetteer gazetteer,
      Areas areas,
      Clock clock,
      org.springframework.context.MessageSource messages,
      StaffTime time) {
    this.messages = messages;
    this.time = time;
    this.store = store;
    this.settings = settings;
    this.gazetteer = gazetteer;
    this.areas = areas;
    this.clock = clock;
  }

  /** The entries the list shows for {@code filter}, in list order (what an export writes). */
  List<DirectoryEntry> filtered(Filter filter) {
    return store.all().stream().filter(e -> matches(e, filter)).toList();
  }

  ModelAndView list(Filter filter, Model model) {
    List<DirectoryEntry> all = store.all();
    List<DirectoryEntry> shown = all.stream().filter(e -> matches(e, filter)).toList();
    model.addAttribute("filter", filter);
    model.addAttribute("entries", shown);
    model.addAttribute("total", all.size());
    model.addAttribute(
        "waiting",
        shown.stream()
            .filter(DirectoryEntry::searchable)
            .filter(this::waits)
            .map(DirectoryEntry::id)
            .collect(Collectors.toSet()));
    common(model);
    return new ModelAndView("staff/directory", HttpStatus.OK);
  }

  ModelAndView entry(DirectoryEntry entry, ResourceForm form, Model model, HttpStatus status) {
    model.addAttribute("entry", entry);
    model.addAttribute("history", entry == null ? List.of() : store.history(entry.id()));
    if (!model.containsAttribute("resourceForm")) {
      model.addAttribute("resourceForm", form);
    }
    Object shown = model.getAttribute("resourceForm");
    if (shown instanceof ResourceForm typed && !typed.getHours().isBlank()) {
      model.addAttribute("hoursPreview", hoursPreview(typed.getHours()));
    }
    common(model);
    return new ModelAndView("staff/directory-entry", status);
  }

  /** How many openings the hours preview names. */
  static final int PREVIEW_OPENINGS = 3;

  /**
   * How the bot reads the hours as typed, computed with the bot's own reader: the next openings
   * (「12月3日(木) 10:00〜17:00」…), or that it cannot read them and shows the text as written.
   */
  private String hoursPreview(String hours) {
    jp.junction.bot.hours.OpeningHours read = jp.junction.bot.hours.OpeningHours.parse(hours);
    if (!read.isReadable()) {
      return messages.getMessage("staff.directory.hours.unread", null, java.util.Locale.JAPANESE);
    }
    if (read.isAlwaysOpen()) {
      return messages.getMessage("staff.directory.hours.always", null, java.util.Locale.JAPANESE);
    }
    String separator =
        messages.getMessage("staff.directory.hours.separator", null, java.util.Locale.JAPANESE);
    String next =
        read
            .openings(
                jp.junction.bot.system.JapanTime.of(clock.instant()),
                null,
                PREVIEW_OPENINGS,
                d -> true)
            .stream()
            .map(o -> time.at(o.start().toOffsetDateTime()) + "〜" + o.end().toLocalTime())
            .collect(Collectors.joining(separator));
    return messages.getMessage(
        "staff.directory.hours.next", new Object[] {next}, java.util.Locale.JAPANESE);
  }

  ModelAndView review(Model model) {
    model.addAttribute(
        "entries", waiting().sorted(Comparator.comparing(DirectoryPage::checked)).toList());
    model.addAttribute("counts", counts());
    common(model);
    return new ModelAndView("staff/directory-review", HttpStatus.OK);
  }

  /** Entries waiting for review per area (prefecture, or national), for the start page. */
  List<AreaCount> counts() {
    Map<String, Long> byArea =
        waiting()
            .collect(
                Collectors.groupingBy(
                    e -> e.resource().prefecture().isEmpty() ? "全国" : e.resource().prefecture(),
                    TreeMap::new,
                    Collectors.counting()));
    return byArea.entrySet().stream().map(e -> new AreaCount(e.getKey(), e.getValue())).toList();
  }

  int months() {
    return settings.reviewMonths();
  }

  /** The coordinates of the entry's town (or of the town its address names) when both are empty. */
  Optional<Municipality> placeOf(ResourceForm form) {
    if (!form.getLat().isEmpty() || !form.getLon().isEmpty()) {
      return Optional.empty();
    }
    Optional<Municipality> town =
        gazetteer
            .municipality(form.getPrefecture(), form.getMunicipality())
            .filter(m -> !form.getMunicipality().isEmpty());
    if (town.isEmpty() && !form.getAddress().isEmpty()) {
      town =
          areas.mentioned(form.getAddress()).stream()
              .filter(a -> !a.wholePrefecture())
              .findFirst()
              .flatMap(a -> gazetteer.municipality(a.prefecture(), a.municipality()));
    }
    return town.filter(Municipality::hasCoordinates);
  }

  /** Whether the entry waits for review: active and not checked within the months configured. */
  boolean waits(DirectoryEntry e) {
    LocalDate checked = e.resource().updated();
    LocalDate due = JapanTime.today(clock).minusMonths(settings.reviewMonths());
    return checked == null || checked.isBefore(due);
  }

  private java.util.stream.Stream<DirectoryEntry> waiting() {
    return store.all().stream().filter(DirectoryEntry::searchable).filter(this::waits);
  }

  private static LocalDate checked(DirectoryEntry e) {
    return e.resource().updated() == null ? LocalDate.MIN : e.resource().updated();
  }

  private void common(Model model) {
    model.addAttribute("kinds", Category.values());
    model.addAttribute("audiences", Audience.values());
    model.addAttribute("statuses", DirectoryEntry.Status.values());
    model.addAttribute("reviewMonths", settings.reviewMonths());
  }

  private boolean matches(DirectoryEntry e, Filter f) {
    Resource r = e.resource();
    if (!f.area().isEmpty()
        && !(r.prefecture() + r.municipality()).contains(f.area())
        && !(f.area().equals("全国") && r.prefecture().isEmpty())) {
      return false;
    }
    if (!f.kind().isEmpty() && r.categories().stream().noneMatch(c -> c.code().equals(f.kind()))) {
      return false;
    }
    if (!f.audience().isEmpty()
        && r.audience().stream().noneMatch(a -> a.code().equals(f.audience()))) {
      return false;
    }
    if (!f.status().isEmpty() && !e.status().name().equals(f.status())) {
      return false;
    }
    if (f.unchecked() && !waits(e)) {
      return false;
    }
    if (!f.q().isEmpty()) {
      String text =
          String.join(
                  " ",
                  r.id(),
                  r.name(),
                  r.nameKana(),
                  r.address(),
                  r.description(),
                  r.phone(),
                  String.join(" ", r.keywords()))
              .toLowerCase(Locale.ROOT);
      for (String word : f.q().toLowerCase(Locale.ROOT).split("[\\s　]+")) {
        if (!text.contains(word)) {
          return false;
        }
      }
    }
    return true;
  }
}
