package jp.junction.bot.admin;

import static jp.junction.bot.admin.AdminHtml.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.junction.bot.events.Events;
import jp.junction.bot.notices.NoticeRequest;
import jp.junction.bot.notices.NoticeStatus;
import jp.junction.bot.notices.Notices;
import jp.junction.bot.places.Areas;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff pages: events (list, create, edit, cancel), a notice's preview and sending, and its
 * counts (refreshing while it goes out). Forms post back here and redirect (post/redirect/get).
 */
@RestController
@RequestMapping(value = "/admin", produces = MediaType.TEXT_HTML_VALUE)
class AdminPageController {

  private static final Logger log = LoggerFactory.getLogger(AdminPageController.class);

  private final Events events;
  private final Notices notices;
  private final EventPages pages;

  AdminPageController(Events events, Notices notices, EventPages pages) {
    this.events = events;
    this.notices = notices;
    this.pages = pages;
  }

  @GetMapping({"", "/"})
  String index(HttpServletRequest request) {
    return pages.list(csrf(request), null);
  }

  @PostMapping("/events")
  ResponseEntity<String> create(
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    try {
      return redirect("/admin/events/" + events.create(cells(form)).id());
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(pages.list(csrf(request), e.getMessage()));
    }
  }

  @GetMapping("/events/{id}")
  ResponseEntity<String> event(@PathVariable String id, HttpServletRequest request) {
    return events
        .find(id)
        .map(e -> ResponseEntity.ok(pages.detail(e, csrf(request), null)))
        .orElse(ResponseEntity.notFound().build());
  }

  @PostMapping("/events/{id}")
  ResponseEntity<String> update(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request) {
    try {
      return events
          .update(id, cells(form))
          .map(e -> redirect("/admin/events/" + id))
          .orElse(ResponseEntity.notFound().build());
    } catch (IllegalArgumentException e) {
      return refused(id, request, e.getMessage());
    }
  }

  @PostMapping("/events/{id}/cancel")
  ResponseEntity<String> cancel(@PathVariable String id) {
    return events
        .cancel(id)
        .map(e -> redirect("/admin/events/" + id))
        .orElse(ResponseEntity.notFound().build());
  }

  @PostMapping("/events/{id}/notices")
  ResponseEntity<String> send(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request) {
    try {
      List<Areas.Area> chosen = new ArrayList<>();
      for (String line : form.getOrDefault("areas", List.of("")).get(0).split("\\R")) {
        String[] parts = line.strip().split("[\\s　/]+", 2);
        if (!parts[0].isEmpty()) {
          chosen.add(new Areas.Area(parts[0], parts.length > 1 ? parts[1] : ""));
        }
      }
      String sendAt = form.getFirst("sendAt");
      String when = form.getFirst("when");
      NoticeRequest notice =
          new NoticeRequest(
              chosen,
              form.containsKey("neighbours"),
              audience(form.getOrDefault("audience", List.of())),
              "now".equals(when) || sendAt == null || sendAt.isBlank() ? null : local(sendAt),
              form.containsKey("silent"));
      if ("reminders".equals(when)) {
        notices.scheduleReminders(id, notice, List.of(7, 1));
        return redirect("/admin/events/" + id);
      }
      return redirect("/admin/notices/" + notices.schedule(id, notice).id());
    } catch (IllegalArgumentException e) {
      return refused(id, request, e.getMessage());
    }
  }

  @PostMapping("/events/{id}/survey")
  ResponseEntity<String> survey(@PathVariable String id, HttpServletRequest request) {
    try {
      return redirect("/admin/notices/" + notices.scheduleSurvey(id, null).id());
    } catch (IllegalArgumentException e) {
      return refused(id, request, e.getMessage());
    }
  }

  /** The event page again, with what was wrong with the staff member's input. */
  private ResponseEntity<String> refused(String id, HttpServletRequest request, String problem) {
    return events
        .find(id)
        .map(ev -> ResponseEntity.badRequest().body(pages.detail(ev, csrf(request), problem)))
        .orElse(ResponseEntity.notFound().build());
  }

  @GetMapping("/notices/{id}")
  ResponseEntity<String> notice(@PathVariable String id) {
    Optional<NoticeStatus> status = notices.status(id);
    if (status.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    NoticeStatus n = status.get();
    String body =
        AdminHtml.counts(n)
            + "<p><a href=\"/admin/events/"
            + esc(n.eventId())
            + "\">イベントに戻る</a></p>";
    boolean moving = n.status().moving();
    return ResponseEntity.ok(
        moving ? AdminHtml.refreshingPage("お知らせの状況", body) : AdminHtml.page("お知らせの状況", body));
  }

  private static Map<String, String> cells(MultiValueMap<String, String> form) {
    Map<String, String> cells = new HashMap<>();
    form.forEach((k, v) -> cells.put(k, String.join("|", v)));
    for (String time : List.of("starts_at", "ends_at")) {
      String value = cells.get(time);
      if (value != null && !value.isBlank() && value.length() <= 16) {
        cells.put(time, local(value).toString());
      }
    }
    cells.remove("_csrf");
    return cells;
  }

  /** The ticked audiences (none: everyone, as the notice request reads it). */
  private static Set<Audience> audience(List<String> codes) {
    try {
      return Coded.parseAll(Audience.class, String.join("|", codes));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("audience: " + e.getMessage(), e);
    }
  }

  /** A {@code datetime-local} value, read as Japan time. */
  private static OffsetDateTime local(String value) {
    try {
      return LocalDateTime.parse(value).atZone(JapanTime.ZONE).toOffsetDateTime();
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a date and time");
    }
  }

  @ExceptionHandler(DataAccessException.class)
  ResponseEntity<String> unavailable(DataAccessException e) {
    log.warn("Staff page could not reach the store: {}", e.getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .contentType(MediaType.TEXT_HTML)
        .body(AdminHtml.page("いまは使えません", "<p>保存先（Redis）に接続できません。少し待ってから、もう一度開いてください。</p>"));
  }

  private static CsrfToken csrf(HttpServletRequest request) {
    return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
  }

  private static ResponseEntity<String> redirect(String path) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(path)).build();
  }
}
