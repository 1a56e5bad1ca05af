package jp.junction.bot.admin;

import jakarta.validation.Valid;
import java.util.List;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.notices.NoticeState;
import jp.junction.bot.notices.NoticeStatus;
import jp.junction.bot.notices.Notices;
import jp.junction.bot.notices.NoticesSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * Sending a notice (or the two reminders, or the day-after survey) from an event's page, and one
 * notice's page: when it goes and to about how many while it waits, its counts while it goes out.
 */
@Controller
@RequestMapping("/admin")
class NoticePagesController {

  private static final Logger log = LoggerFactory.getLogger(NoticePagesController.class);

  private final Events events;
  private final Notices notices;
  private final EventPage page;
  private final NoticesSettings settings;
  private final StaffScope scope;

  NoticePagesController(
      Events events, Notices notices, EventPage page, NoticesSettings settings, StaffScope scope) {
    this.scope = scope;
    this.events = events;
    this.notices = notices;
    this.page = page;
    this.settings = settings;
  }

  @PostMapping("/events/{id}/notices")
  ModelAndView send(
      @PathVariable String id,
      @Valid @ModelAttribute("noticeForm") NoticeForm form,
      BindingResult errors,
      Model model,
      Authentication who) {
    Event event = events.find(id).orElse(null);
    if (event == null) {
      return EventPage.notFound();
    }
    scope.check(who, event);
    if (!errors.hasErrors()) {
      scope.check(who, form.areaList());
      try {
        if (form.getWhen() == NoticeForm.When.REMINDERS) {
          notices.scheduleReminders(id, form.request(), List.of(7, 1));
          return EventPage.seeOther("/admin/events/" + id);
        }
        return EventPage.seeOther("/admin/notices/" + notices.schedule(id, form.request()).id());
      } catch (IllegalArgumentException e) {
        refused(errors, e, form);
      }
    }
    return page.detail(event, model, HttpStatus.BAD_REQUEST);
  }

  @PostMapping("/events/{id}/survey")
  ModelAndView survey(@PathVariable String id, Model model, Authentication who) {
    Event event = events.find(id).orElse(null);
    if (event == null) {
      return EventPage.notFound();
    }
    scope.check(who, event);
    try {
      return EventPage.seeOther("/admin/notices/" + notices.scheduleSurvey(id, null).id());
    } catch (IllegalArgumentException e) {
      log.info("Staff survey refused: {}", e.getMessage());
      model.addAttribute("pageError", "staff.error.event-gone");
      return page.detail(event, model, HttpStatus.BAD_REQUEST);
    }
  }

  @GetMapping("/notices/{id}")
  ModelAndView notice(@PathVariable String id, Model model) {
    NoticeStatus n = notices.status(id).orElse(null);
    if (n == null) {
      return EventPage.notFound();
    }
    boolean waiting = n.status() == NoticeState.SCHEDULED;
    model.addAttribute("notice", n);
    model.addAttribute("waiting", waiting);
    if (waiting) {
      // Recipients are counted when it falls due; until then staff see how many it would reach.
      model.addAttribute("estimate", notices.estimateOf(id));
    }
    model.addAttribute("quietFrom", settings.quietStart());
    model.addAttribute("quietUntil", settings.quietEnd());
    model.addAttribute("refresh", n.status().moving());
    return new ModelAndView("staff/notice", HttpStatus.OK);
  }

  /**
   * What scheduling refused after the form's checks: reminders already past, a notice too long for
   * one LINE message (the page says by how much above the preview), a cancelled event.
   */
  private static void refused(BindingResult errors, IllegalArgumentException e, NoticeForm form) {
    log.info("Staff notice refused: {}", e.getMessage());
    if (form.getWhen() == NoticeForm.When.REMINDERS && e.getMessage().startsWith("sendAt:")) {
      errors.rejectValue("when", "staff.error.past-reminders");
    } else if (e.getMessage().startsWith("description:")) {
      errors.reject("staff.error.notice-too-long");
    } else {
      errors.reject("staff.error.event-gone");
    }
  }
}
