package jp.junction.bot.booklet;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.places.Areas;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.PlacesSettings;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.search.SearchRequest;
import jp.junction.bot.search.SearchResult;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Link;

/** Booklets over the real dialogs and gazetteer and a list of resources made here. */
final class BookletFixture {

  static final String ADD_FRIEND = "https://lin.ee/junctionTest";
  static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
  static final DialogContent DIALOGS =
      new DialogContent(
          new ConversationSettings(Path.of("dialogs"), Duration.ofMinutes(30), "search", "x"));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T03:00:00Z"), ZoneOffset.UTC);

  private BookletFixture() {}

  static Booklets booklets(List<Resource> resources) {
    ResourceSearch search =
        new ResourceSearch() {
          @Override
          public SearchResult search(SearchRequest request) {
            throw new UnsupportedOperationException("the booklet only lists");
          }

          @Override
          public List<Resource> resources() {
            return resources;
          }
        };
    return new Booklets(
        search,
        new Areas(GAZETTEER, new PlacesSettings(20)),
        GAZETTEER,
        DIALOGS,
        new BookletSettings(ADD_FRIEND, ""),
        CLOCK);
  }

  static Resource resource(
      String id, String name, Category category, String coverage, String pref, String town) {
    return new Resource(
        id,
        name,
        null,
        Set.of(category),
        Set.of(Audience.SELF, Audience.FAMILY),
        coverage,
        pref,
        town,
        town.isEmpty() ? "" : pref + town + "1-2-3",
        null,
        null,
        "000-000-" + String.format("%04d", Math.abs(id.hashCode()) % 10000),
        Link.parse("https://example.jp/" + id),
        "月〜金 10:00〜17:00（祝日は休み）、第2土曜は13:00〜16:00",
        "national".equals(coverage),
        true,
        false,
        false,
        "無料",
        "",
        "ひきこもりの本人と家族の相談を受けています。「行ってみたい」と思ったときに、電話で気軽にどうぞ。",
        List.of(),
        LocalDate.of(2026, 1, 15));
  }

  /** {@code n} resources spread over 高松市, 坂出市 (a neighbour), 香川県 and national, all kinds. */
  static List<Resource> kagawa(int n) {
    String[][] places = {
      {"local", "香川県", "高松市"},
      {"local", "香川県", "坂出市"},
      {"prefecture", "香川県", ""},
      {"national", "", ""},
      {"local", "東京都", "八王子市"},
    };
    Category[] kinds = Category.values();
    List<Resource> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] p = places[i % places.length];
      out.add(
          resource(
              "r" + i,
              "テスト窓口" + i + "（サンプル）",
              kinds[(i / places.length) % kinds.length],
              p[0],
              p[1],
              p[2]));
    }
    return out;
  }
}
