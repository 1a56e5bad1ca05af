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
import jp.junction.bot.events.Areas;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.notices.NoticeRequest;
import jp.junction.bot.notices.NoticeStatus;
import jp.junction.bot.notices.Notices;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.MultiValueMap;
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

  private final Events events;
  private final Notices notices;
  private final Areas areas;

  AdminPageController(Events events, Notices notices, Areas areas) {
    this.events = events;
    this.notices = notices;
    this.areas = areas;
  }

  @GetMapping({"", "/"})
  String index(HttpServletRequest request) {
    return list(csrf(request), null, null);
  }

  @PostMapping("/events")
  ResponseEntity<String> create(
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    try {
      return redirect("/admin/events/" + events.create(cells(form)).id());
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(list(csrf(request), e.getMessage(), null));
    }
  }

  @GetMapping("/events/{id}")
  ResponseEntity<String> event(@PathVariable String id, HttpServletRequest request) {
    return events.find(id).map(e -> ResponseEntity.ok(detail(e, csrf(request), null)))
        .orElse(ResponseEntity.notFound().build());
  }

  @PostMapping("/events/{id}")
  ResponseEntity<String> update(@PathVariable String id,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    try {
      return events.update(id, cells(form)).map(e -> redirect("/admin/events/" + id))
          .orElse(ResponseEntity.notFound().build());
    } catch (IllegalArgumentException e) {
      return events.find(id)
          .map(ev -> ResponseEntity.badRequest().body(detail(ev, csrf(request), e.getMessage())))
          .orElse(ResponseEntity.notFound().build());
    }
  }

  @PostMapping("/events/{id}/cancel")
  ResponseEntity<String> cancel(@PathVariable String id) {
    return events.cancel(id).map(e -> redirect("/admin/events/" + id))
        .orElse(ResponseEntity.notFound().build());
  }

  @PostMapping("/events/{id}/notices")
  ResponseEntity<String> send(@PathVariable String id,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    try {
      List<Areas.Area> chosen = new ArrayList<>();
      for (String line : form.getOrDefault("areas", List.of("")).get(0).split("\\R")) {
        String[] parts = line.strip().split("[\\s　/]+", 2);
        if (!parts[0].isEmpty()) {
          chosen.add(new Areas.Area(parts[0], parts.length > 1 ? parts[1] : ""));
        }
      }
      String sendAt = form.getFirst("sendAt");
      NoticeRequest notice = new NoticeRequest(chosen, form.containsKey("neighbours"),
          Set.copyOf(form.getOrDefault("audience", List.of())),
          sendAt == null || sendAt.isBlank() ? null : local(sendAt), form.containsKey("silent"));
      return redirect("/admin/notices/" + notices.schedule(id, notice).id());
    } catch (IllegalArgumentException e) {
      return events.find(id)
          .map(ev -> ResponseEntity.badRequest().body(detail(ev, csrf(request), e.getMessage())))
          .orElse(ResponseEntity.notFound().build());
    }
  }

  @GetMapping("/notices/{id}")
  ResponseEntity<String> notice(@PathVariable String id) {
    Optional<NoticeStatus> status = notices.status(id);
    if (status.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    NoticeStatus n = status.get();
    String body = AdminHtml.counts(n) + "<p><a href=\"/admin/events/" + esc(n.eventId())
        + "\">イベントに戻る</a></p>";
    boolean moving = Set.of("scheduled", "sending").contains(n.status());
    return ResponseEntity.ok(moving ? AdminHtml.refreshingPage("お知らせの状況", body)
        : AdminHtml.page("お知らせの状況", body));
  }

  private String list(CsrfToken csrf, String error, Event draft) {
    StringBuilder rows = new StringBuilder("<table><tr><th>日時</th><th>タイトル</th><th>場所</th></tr>");
    for (Event e : events.all()) {
      rows.append("<tr class=\"").append(e.cancelled() ? "cancelled" : "").append("\"><td>")
          .append(esc(AdminHtml.when(e))).append("</td><td><a href=\"/admin/events/")
          .append(esc(e.id())).append("\">").append(esc(e.title())).append("</a></td><td>")
          .append(esc(e.prefecture() + e.municipality())).append("</td></tr>");
    }
    rows.append("</table>");
    return AdminHtml.page("イベントとお知らせ", AdminHtml.error(error)
        + "<h2>新しいイベント</h2>"
        + AdminHtml.form("/admin/events", csrf, AdminHtml.eventFields(draft), "作成する", "create")
        + "<h2>イベント一覧</h2>" + rows);
  }

  private String detail(Event e, CsrfToken csrf, String error) {
    StringBuilder sent = new StringBuilder("<ul>");
    notices.ofEvent(e.id()).forEach(n -> sent.append("<li><a href=\"/admin/notices/")
        .append(esc(n.id())).append("\">").append(esc(n.status())).append(" — ")
        .append(n.delivered()).append(" / ").append(n.recipients()).append("</a></li>"));
    sent.append("</ul>");
    String areaDefault = e.national() ? Event.NATIONAL
        : (e.prefecture() + " " + e.municipality()).strip();
    String noticeFields = AdminHtml.textarea("areas",
            "地域（1行に1つ：「香川県 高松市」「香川県」「全国」）", areaDefault)
        + AdminHtml.checkbox("neighbours", "true", "となりの町の登録者にも送る", false)
        + AdminHtml.audience("audience", e.audience())
        + "<label>送信日時（日本時間、空欄＝今すぐ）<input type=\"datetime-local\" id=\"sendAt\""
        + " name=\"sendAt\"></label>"
        + AdminHtml.checkbox("silent", "true", "通知音なしで送る（夜間でも送ります）", false);
    return AdminHtml.page(e.title() + (e.cancelled() ? "（中止）" : ""), AdminHtml.error(error)
        + "<h2>お知らせのプレビュー（LINEでの表示）</h2>" + AdminHtml.preview(notices.preview(e))
        + (e.cancelled() ? "" : "<h2>お知らせを送る</h2>"
            + AdminHtml.form("/admin/events/" + e.id() + "/notices", csrf, noticeFields,
                "送信する", "send"))
        + "<h2>送ったお知らせ</h2>" + sent
        + "<h2>編集</h2>"
        + AdminHtml.form("/admin/events/" + e.id(), csrf, AdminHtml.eventFields(e), "保存する", "save")
        + (e.cancelled() ? "" : "<h2>中止</h2>" + AdminHtml.form("/admin/events/" + e.id()
            + "/cancel", csrf, "<p>中止すると、まだ送っていないお知らせも取り消します。</p>",
            "このイベントを中止する", "cancel")));
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

  /** A {@code datetime-local} value, read as Japan time. */
  private static OffsetDateTime local(String value) {
    try {
      return LocalDateTime.parse(value).atZone(AdminHtml.JST).toOffsetDateTime();
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a date and time");
    }
  }

  private static CsrfToken csrf(HttpServletRequest request) {
    return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
  }

  private static ResponseEntity<String> redirect(String path) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(path)).build();
  }
}
