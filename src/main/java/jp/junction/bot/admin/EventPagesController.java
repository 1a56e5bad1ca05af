package jp.junction.bot.admin;

import jakarta.validation.Valid;
import java.time.LocalDate;
import jp.junction.bot.events.Events;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff pages about events: the list with the new-event form, one event's page, its edit and
 * its cancellation. A refused form comes back (400) as typed, each error next to its field.
 */
@Controller
@RequestMapping("/admin")
class EventPagesController {

  private static final Logger log = LoggerFactory.getLogger(EventPagesController.class);

  private final Events events;
  private final EventPage page;
  private final StaffScope scope;
  private final ObjectProvider<DirectoryPage> directory;

  EventPagesController(
      Events events, EventPage page, StaffScope scope, ObjectProvider<DirectoryPage> directory) {
    this.events = events;
    this.page = page;
    this.scope = scope;
    this.directory = directory;
  }

  /** The start page: events, and how many directory entries wait for review in each area. */
  @GetMapping({"", "/"})
  ModelAndView index(Model model) {
    DirectoryPage review = directory.getIfAvailable();
    if (review != null) {
      try {
        model.addAttribute("reviewCounts", review.counts());
        model.addAttribute("reviewMonths", review.months());
      } catch (DataAccessException e) {
        log.warn("Start page without review counts: {}", e.getClass().getSimpleName());
      }
    }
    return page.list(model, HttpStatus.OK);
  }

  @PostMapping("/events")
  ModelAndView create(
      @Valid @ModelAttribute("eventForm") EventForm form,
      BindingResult errors,
      Model model,
      Authentication who) {
    if (!errors.hasErrors()) {
      scope.check(who, form.area());
      try {
        return EventPage.seeOther("/admin/events/" + events.create(form.columns()).id());
      } catch (IllegalArgumentException e) {
        refused(errors, e);
      }
    }
    return page.list(model, HttpStatus.BAD_REQUEST);
  }

  @GetMapping("/events/{id}")
  ModelAndView event(@PathVariable String id, Model model) {
    return events
        .find(id)
        .map(e -> page.detail(e, model, HttpStatus.OK))
        .orElseGet(EventPage::notFound);
  }

  @PostMapping("/events/{id}")
  ModelAndView update(
      @PathVariable String id,
      @Valid @ModelAttribute("eventForm") EventForm form,
      BindingResult errors,
      Model model,
      Authentication who) {
    events.find(id).ifPresent(e -> scope.check(who, e));
    if (!errors.hasErrors()) {
      scope.check(who, form.area());
      try {
        if (events.update(id, form.columns()).isPresent()) {
          return EventPage.seeOther("/admin/events/" + id);
        }
      } catch (IllegalArgumentException e) {
        refused(errors, e);
      }
    }
    return events
        .find(id)
        .map(e -> page.detail(e, model, HttpStatus.BAD_REQUEST))
        .orElseGet(EventPage::notFound);
  }

  @PostMapping("/events/{id}/cancel")
  ModelAndView cancel(@PathVariable String id, Authentication who) {
    events.find(id).ifPresent(e -> scope.check(who, e));
    return events
        .cancel(id)
        .map(e -> EventPage.seeOther("/admin/events/" + id))
        .orElseGet(EventPage::notFound);
  }

  /** Calls off one date of a repeating event ({@code off=true}) or puts it back. */
  @PostMapping("/events/{id}/dates")
  ModelAndView skip(
      @PathVariable String id,
      @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam("off") boolean off,
      Authentication who) {
    events.find(id).ifPresent(e -> scope.check(who, e));
    return events
        .skip(id, date, off)
        .map(e -> EventPage.seeOther("/admin/events/" + id + "#dates"))
        .orElseGet(EventPage::notFound);
  }

  /**
   * What the store refused although the form's own checks passed (they cover every column, so this
   * is rare): said in general words, with the store's reason in the log.
   */
  private static void refused(BindingResult errors, IllegalArgumentException e) {
    log.info("Staff event form refused by the store: {}", e.getMessage());
    errors.reject("staff.error.save");
  }
}
