package jp.junction.bot.admin;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.notices.NoticeRequest;
import jp.junction.bot.notices.NoticeStatus;
import jp.junction.bot.notices.Notices;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Coded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff JSON API. Events use the column names of {@code events.csv}; notice answers carry
 * counts only. Bad input answers 400 naming the field; a store that is down answers 503.
 */
@RestController
@RequestMapping("/admin/api")
class AdminApiController {

  private static final Logger log = LoggerFactory.getLogger(AdminApiController.class);

  private final Events events;
  private final Notices notices;
  private final StaffScope scope;

  AdminApiController(Events events, Notices notices, StaffScope scope) {
    this.events = events;
    this.notices = notices;
    this.scope = scope;
  }

  /** Editors change only what is in their area, through the API as on the pages. */
  private void inScope(Authentication who, String eventId) {
    events.find(eventId).ifPresent(e -> scope.check(who, e));
  }

  @GetMapping("/events")
  List<Map<String, Object>> list() {
    return events.all().stream().map(Events::columns).toList();
  }

  @GetMapping("/events/{id}")
  ResponseEntity<Map<String, Object>> get(@PathVariable String id) {
    return ResponseEntity.of(events.find(id).map(Events::columns));
  }

  @PostMapping("/events")
  ResponseEntity<Map<String, Object>> create(
      @RequestBody Map<String, Object> body, Authentication who) {
    Map<String, String> cells = cells(body);
    scope.check(
        who,
        new Areas.Area(
            cells.getOrDefault("prefecture", "").strip(),
            cells.getOrDefault("municipality", "").strip()));
    Event created = events.create(cells);
    return ResponseEntity.status(HttpStatus.CREATED).body(Events.columns(created));
  }

  @PutMapping("/events/{id}")
  ResponseEntity<Map<String, Object>> update(
      @PathVariable String id, @RequestBody Map<String, Object> body, Authentication who) {
    inScope(who, id);
    Map<String, String> cells = cells(body);
    if (cells.containsKey("prefecture")) {
      scope.check(
          who,
          new Areas.Area(
              cells.get("prefecture").strip(), cells.getOrDefault("municipality", "").strip()));
    }
    return ResponseEntity.of(events.update(id, cells).map(Events::columns));
  }

  @PostMapping("/events/{id}/cancel")
  ResponseEntity<Map<String, Object>> cancel(@PathVariable String id, Authentication who) {
    inScope(who, id);
    return ResponseEntity.of(events.cancel(id).map(Events::columns));
  }

  /** The notice as LINE will show it: its text and the message object sent. */
  @GetMapping("/events/{id}/preview")
  ResponseEntity<Map<String, Object>> preview(@PathVariable String id) {
    return ResponseEntity.of(
        events
            .find(id)
            .map(
                e -> {
                  String text = notices.preview(e);
                  return Map.of("text", text, "message", Map.of("type", "text", "text", text));
                }));
  }

  @PostMapping("/events/{id}/notices")
  ResponseEntity<NoticeStatus> schedule(
      @PathVariable String id, @RequestBody NoticeRequest body, Authentication who) {
    inScope(who, id);
    scope.check(who, body.areas());
    return ResponseEntity.status(HttpStatus.CREATED).body(notices.schedule(id, body));
  }

  /** How many subscribers a notice with this audience would reach now (a count only). */
  @PostMapping("/notices/estimate")
  Map<String, Long> estimate(@RequestBody NoticeRequest body) {
    return Map.of("recipients", notices.estimate(body));
  }

  @GetMapping("/events/{id}/notices")
  List<NoticeStatus> noticesOf(@PathVariable String id) {
    return notices.ofEvent(id);
  }

  /** Schedules the day-after question ({@code sendAt} optional: default 10:00 the day after). */
  @PostMapping("/events/{id}/survey")
  ResponseEntity<NoticeStatus> survey(
      @PathVariable String id,
      @RequestBody(required = false) SurveyRequest body,
      Authentication who) {
    inScope(who, id);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(notices.scheduleSurvey(id, body == null ? null : body.sendAt()));
  }

  /** The answers: a count, and the distribution and comments only from five answers on. */
  @GetMapping("/events/{id}/survey")
  Notices.SurveyResults surveyResults(@PathVariable String id) {
    return notices.surveyResults(id);
  }

  record SurveyRequest(OffsetDateTime sendAt) {}

  /** After the channel token is fixed: sends the batches held for it now. */
  @PostMapping("/notices/{id}/resume")
  ResponseEntity<Map<String, Integer>> resume(@PathVariable String id) {
    return ResponseEntity.of(notices.resume(id).map(n -> Map.of("resumed", n)));
  }

  @GetMapping("/notices/{id}")
  ResponseEntity<NoticeStatus> status(@PathVariable String id) {
    return ResponseEntity.of(notices.status(id));
  }

  @ExceptionHandler(OutsideScope.class)
  ResponseEntity<Map<String, String>> outside(OutsideScope e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badInput(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }

  /** JSON that does not fit, such as an audience that is not one of the codes. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    String problem = "the body is not the JSON this call takes";
    if (e.getCause() instanceof InvalidFormatException bad
        && !bad.getPath().isEmpty()
        && Coded.class.isAssignableFrom(bad.getTargetType())) {
      problem =
          bad.getPath().get(0).getFieldName()
              + ": '"
              + bad.getValue()
              + "' is not one of "
              + Coded.allowed(bad.getTargetType().asSubclass(Coded.class));
    }
    return ResponseEntity.badRequest().body(Map.of("error", problem));
  }

  @ExceptionHandler({DataAccessException.class, IllegalStateException.class})
  ResponseEntity<Map<String, String>> unavailable(RuntimeException e) {
    log.warn("Staff API could not reach the store: {}", e.getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .body(Map.of("error", "the store is unavailable, try again shortly"));
  }

  /** JSON values (strings, booleans, numbers, lists for audience) as CSV cells. */
  static Map<String, String> cells(Map<String, Object> body) {
    Map<String, String> out = new HashMap<>();
    body.forEach(
        (k, v) ->
            out.put(
                k,
                v == null
                    ? ""
                    : v instanceof List<?> list
                        ? String.join("|", list.stream().map(String::valueOf).toList())
                        : v.toString()));
    return out;
  }
}
