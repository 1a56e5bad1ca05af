package jp.junction.bot.booklet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.places.Areas;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.system.JapanTime;
import org.springframework.stereotype.Component;

/**
 * An area's places as a booklet (PDF) or as the public web page {@code /areas/<code>}, for areas
 * named by their codes (a municipality's 6-digit 全国地方公共団体コード, a prefecture's 2-digit code, several
 * joined by commas), The places come from the search's list of resources, read afresh for each
 * booklet.
 */
@Component
public class Booklets {

  private final ResourceSearch search;
  private final Gazetteer gazetteer;
  private final AreaEntries entries;
  private final BookletWords words;
  private final BookletPdf pdf;
  private final BookletSettings settings;
  private final Clock clock;
  private final Map<String, Municipality> byCode = new HashMap<>();
  private final Map<String, String> prefectureByCode = new HashMap<>();

  Booklets(
      ResourceSearch search,
      Areas areas,
      Gazetteer gazetteer,
      DialogContent dialogs,
      BookletSettings settings,
      Clock clock) {
    this.search = search;
    this.gazetteer = gazetteer;
    this.entries = new AreaEntries(areas, gazetteer);
    this.words = new BookletWords(dialogs);
    this.pdf = new BookletPdf(words, CrisisLines.read(dialogs));
    this.settings = settings;
    this.clock = clock;
    for (Municipality m : gazetteer.municipalities()) {
      byCode.put(m.code(), m);
      prefectureByCode.putIfAbsent(m.code().substring(0, 2), m.prefecture());
    }
  }

  /**
   * Booklets without Spring (commands, other features' tests): {@code addFriendUrl} as the setting
   * {@code junction.booklet.add-friend-url} takes it (empty: no QR code).
   */
  public static Booklets of(
      ResourceSearch search,
      Areas areas,
      Gazetteer gazetteer,
      DialogContent dialogs,
      String addFriendUrl,
      Clock clock) {
    return new Booklets(
        search, areas, gazetteer, dialogs, new BookletSettings(addFriendUrl, ""), clock);
  }

  /**
   * The areas {@code codes} name (6-digit municipality codes, 2-digit prefecture codes, joined by
   * commas; a ward stands for its city), or empty when any code is unknown or none is given.
   */
  public Optional<List<Areas.Area>> areas(String codes) {
    Set<Areas.Area> out = new LinkedHashSet<>();
    for (String code : (codes == null ? "" : codes).split(",")) {
      String c = code.strip();
      Municipality m = byCode.get(c);
      if (m != null) {
        Municipality city = gazetteer.cityOf(m);
        out.add(new Areas.Area(city.prefecture(), city.name()));
      } else if (c.length() == 2 && prefectureByCode.containsKey(c)) {
        out.add(new Areas.Area(prefectureByCode.get(c), ""));
      } else {
        return Optional.empty();
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
  }

  /** The code of an area ({@code 372013} for 高松市, {@code 37} for 香川県), if the gazetteer has it. */
  public Optional<String> code(Areas.Area area) {
    return AreaPages.code(gazetteer, area);
  }

  /** The codes of several areas joined as {@link #areas} reads them. */
  public Optional<String> codes(List<Areas.Area> areas) {
    List<String> codes = new ArrayList<>();
    for (Areas.Area a : areas) {
      Optional<String> code = code(a);
      if (code.isEmpty()) {
        return Optional.empty();
      }
      codes.add(code.get());
    }
    return codes.isEmpty() ? Optional.empty() : Optional.of(String.join(",", codes));
  }

  /** The booklet of {@code areas} as PDF bytes, dated today (Japan time). */
  public byte[] pdf(List<Areas.Area> areas, BookletFormat format) {
    return pdf.write(list(areas), format, settings.addFriendUrl(), JapanTime.today(clock));
  }

  /** The file name a downloaded booklet gets: {@code booklet-372013-A5.pdf}. */
  public String fileName(List<Areas.Area> areas, BookletFormat format) {
    return "booklet-" + codes(areas).orElse("area").replace(',', '-') + "-" + format + ".pdf";
  }

  /** The add-friend link, empty when not configured. */
  public String addFriendUrl() {
    return settings.addFriendUrl();
  }

  AreaList list(List<Areas.Area> areas) {
    return entries.list(areas, search.resources());
  }

  BookletWords words() {
    return words;
  }
}
