package jp.junction.bot.booklet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.booklet.BookletWords.EntryLines;
import jp.junction.bot.conversation.DialogContent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public, printable list of an area's places at {@code /areas/<code>} (a municipality's or a
 * prefecture's code, several joined by commas): the booklet's content as plain HTML with print
 * styles, no script and nothing that tracks; an unknown code gets a Japanese 404 page.
 */
@Controller
class AreaPageController {

  /** A kind of place with its groups, as the page shows it. */
  record PageSection(String heading, List<PageGroup> groups) {}

  /** A tier of entries under its label. */
  record PageGroup(String label, List<EntryLines> entries) {}

  private static final String PREFIX = "booklet.";

  private final Booklets booklets;
  private final List<CrisisLines.Block> crisis;

  AreaPageController(Booklets booklets, DialogContent dialogs) {
    this.booklets = booklets;
    this.crisis = CrisisLines.read(dialogs);
  }

  @GetMapping("/areas/{codes}")
  ModelAndView area(@PathVariable String codes) {
    BookletWords words = booklets.words();
    ModelAndView page = new ModelAndView("areas/area");
    page.addObject("t", texts(words));
    page.addObject("welcome", List.of(words.text(BookletTexts.WELCOME).split("\n")));
    return booklets
        .areas(codes)
        .map(
            areas -> {
              AreaList list = booklets.list(areas);
              String name = words.areaName(areas);
              page.addObject("areaName", name);
              page.addObject("title", words.text(BookletTexts.WEB_TITLE, Map.of("area", name)));
              page.addObject("heading", words.text(BookletTexts.COVER_AREA, Map.of("area", name)));
              page.addObject("hasLocal", list.hasLocal());
              page.addObject("sections", sections(list, words));
              page.addObject("crisis", crisis);
              page.addObject("addFriendUrl", booklets.addFriendUrl());
              return page;
            })
        .orElseGet(
            () -> {
              page.setStatus(HttpStatus.NOT_FOUND);
              page.addObject("title", words.text(BookletTexts.TITLE));
              page.addObject("notFound", true);
              return page;
            });
  }

  private static List<PageSection> sections(AreaList list, BookletWords words) {
    return list.sections().stream()
        .map(
            s ->
                new PageSection(
                    words.category(s.category()),
                    s.groups().stream()
                        .map(
                            g ->
                                new PageGroup(
                                    words.tier(g.tier(), list),
                                    g.entries().stream().map(words::entry).toList()))
                        .toList()))
        .toList();
  }

  /** Every booklet text by its name after {@code booklet.} (welcome, crisis.heading …). */
  private static Map<String, String> texts(BookletWords words) {
    Map<String, String> byName = new HashMap<>();
    for (BookletTexts key : BookletTexts.values()) {
      if (key.key().startsWith(PREFIX)) {
        byName.put(key.key().substring(PREFIX.length()), words.text(key));
      }
    }
    return byName;
  }
}
