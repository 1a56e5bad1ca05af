package jp.junction.bot.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.accounts.StaffAccount;
import jp.junction.bot.accounts.StaffLogins;
import jp.junction.bot.booklet.BookletFormat;
import jp.junction.bot.booklet.Booklets;
import jp.junction.bot.booklet.JapaneseFont;
import jp.junction.bot.places.Areas;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The booklet page of the workspace: staff pick a prefecture and, if they like, towns in it (an
 * editor's own area is filled in, and only their area is allowed), and A5 or A6; the PDF comes back
 * as a download, the same list as the public web page is one link away.
 */
@Controller
@RequestMapping("/admin")
class BookletPagesController {

  private final Booklets booklets;
  private final Areas areas;
  private final StaffScope scope;
  private final StaffLogins logins;
  private final StaffWords words;

  BookletPagesController(
      Booklets booklets, Areas areas, StaffScope scope, StaffLogins logins, StaffWords words) {
    this.booklets = booklets;
    this.areas = areas;
    this.scope = scope;
    this.logins = logins;
    this.words = words;
  }

  @GetMapping("/booklet")
  ModelAndView form(Authentication who) {
    Optional<StaffAccount> account = logins.current(who);
    String prefecture = account.map(StaffAccount::prefecture).orElse("");
    String towns =
        account
            .map(a -> String.join(words.get("staff.scope.separator"), a.municipalities()))
            .orElse("");
    return page(prefecture, towns, BookletFormat.A5, null, HttpStatus.OK);
  }

  @GetMapping("/booklet.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(defaultValue = "") String prefecture,
      @RequestParam(defaultValue = "") String towns,
      @RequestParam(defaultValue = "A5") BookletFormat format,
      Authentication who) {
    String pref =
        areas
            .prefecture(prefecture.strip())
            .orElseThrow(
                () -> new Refused(prefecture, towns, format, "staff.booklet.error.prefecture"));
    List<Areas.Area> chosen = chosen(pref, towns);
    if (chosen.isEmpty()) {
      throw new Refused(prefecture, towns, format, "staff.booklet.error.towns");
    }
    scope.check(who, chosen);
    if (!JapaneseFont.installed()) {
      throw new NoFont();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(booklets.fileName(chosen, format))
                .build()
                .toString())
        .body(booklets.pdf(chosen, format));
  }

  /** The form again, as typed, with what is wrong (400). */
  @ExceptionHandler(Refused.class)
  ModelAndView refused(Refused e) {
    return page(e.prefecture, e.towns, e.format, e.key, HttpStatus.BAD_REQUEST);
  }

  /** The bot was built without its font: say so rather than fail inside PDFBox (503). */
  @ExceptionHandler(NoFont.class)
  ModelAndView noFont() {
    ModelAndView problem = EventPage.problem("booklet.font", HttpStatus.SERVICE_UNAVAILABLE);
    problem.addObject("signedIn", true);
    return problem;
  }

  private static final class Refused extends RuntimeException {
    private final String prefecture;
    private final String towns;
    private final BookletFormat format;
    private final String key;

    Refused(String prefecture, String towns, BookletFormat format, String key) {
      super(key);
      this.prefecture = prefecture;
      this.towns = towns;
      this.format = format;
      this.key = key;
    }
  }

  private static final class NoFont extends RuntimeException {
    NoFont() {
      super("booklet font missing");
    }
  }

  /** The towns typed (in the prefecture), or the whole prefecture when none is typed. */
  private List<Areas.Area> chosen(String prefecture, String towns) {
    if (towns.isBlank()) {
      return List.of(new Areas.Area(prefecture, ""));
    }
    List<Areas.Area> out = new ArrayList<>();
    for (Areas.Area a : areas.mentioned(prefecture + " " + towns)) {
      if (!a.wholePrefecture() && a.prefecture().equals(prefecture) && !out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private ModelAndView page(
      String prefecture, String towns, BookletFormat format, String error, HttpStatus status) {
    ModelAndView page = new ModelAndView("staff/booklet", status);
    page.addObject("prefecture", prefecture);
    page.addObject("towns", towns);
    page.addObject("format", format.name());
    page.addObject("formats", BookletFormat.values());
    page.addObject("error", error);
    Optional<String> pref = areas.prefecture(prefecture.strip());
    pref.map(p -> chosen(p, towns))
        .flatMap(booklets::codes)
        .ifPresent(codes -> page.addObject("webPage", "/areas/" + codes));
    return page;
  }
}
