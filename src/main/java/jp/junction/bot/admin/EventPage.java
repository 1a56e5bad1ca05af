package jp.junction.bot.admin;

import java.util.List;
import java.util.Map;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.handoff.StaffChat;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.notices.NoticeRequest;
import jp.junction.bot.notices.Notices;
import jp.junction.bot.notices.NoticesSettings;
import jp.junction.bot.places.Areas;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the two event pages show: the list with the new-event form (and, when the staff chat is on,
 * how many people wait for staff in LINE's chat), and one event with its reach, notice preview,
 * send form, notices sent, survey and edit form. A form that was refused stays in the model as it
 * was typed, with its errors.
 */
@Component
class EventPage {

  private final Events events;
  private final Notices notices;
  private final NoticesSettings settings;
  private final StaffChat staffChat;

  EventPage(Events events, Notices notices, NoticesSettings settings, StaffChat staffChat) {
    this.events = events;
    this.notices = notices;
    this.settings = settings;
    this.staffChat = staffChat;
  }

  ModelAndView list(Model model, HttpStatus status) {
    if (!model.containsAttribute("eventForm")) {
      model.addAttribute("eventForm", new EventForm());
    }
    model.addAttribute("events", events.all());
    // How many wait for staff in LINE's chat: a count only, never who.
    model.addAttribute("staffChatOn", staffChat.enabled());
    if (staffChat.enabled()) {
      staffChat.waiting().ifPresent(n -> model.addAttribute("staffChatWaiting", n));
    }
    return new ModelAndView("staff/events", status);
  }

  ModelAndView detail(Event e, Model model, HttpStatus status) {
    if (!model.containsAttribute("eventForm")) {
      model.addAttribute("eventForm", EventForm.of(e));
    }
    if (!model.containsAttribute("noticeForm")) {
      model.addAttribute("noticeForm", NoticeForm.forEvent(e));
    }
    model.addAttribute("event", e);
    model.addAttribute("dates", dates(e));
    model.addAttribute("preview", notices.preview(e));
    // Sending is refused while the notice would not fit in one LINE message.
    model.addAttribute("overflow", notices.overflow(e));
    model.addAttribute("lineLimit", LineLimits.TEXT);
    model.addAttribute("sent", notices.ofEvent(e.id()));
    model.addAttribute("survey", notices.surveyResults(e.id()));
    model.addAttribute("quietFrom", settings.quietStart());
    model.addAttribute("quietUntil", settings.quietEnd());
    model.addAllAttributes(reach(e));
    return new ModelAndView("staff/event", status);
  }

  /** How many coming dates of a repeating event its page lists, those called off among them. */
  static final int DATES_SHOWN = 8;

  /**
   * A coming date of a repeating event; {@code off} is {@code skipped}, {@code holiday} or null.
   */
  record ComingDate(OpeningHours.Opening at, String off) {}

  private List<ComingDate> dates(Event e) {
    return events.dates(e, DATES_SHOWN, true).stream()
        .map(
            o -> {
              java.time.LocalDate day = o.start().toLocalDate();
              String off =
                  e.recurrence().skipped().contains(day)
                      ? "skipped"
                      : e.recurrence().kept(day) ? null : "holiday";
              return new ComingDate(o, off);
            })
        .toList();
  }

  /** How many subscribers the event's own area has now, without and with the neighbours. */
  private Map<String, Object> reach(Event e) {
    Areas.Area area =
        e.national()
            ? new Areas.Area(Event.NATIONAL, "")
            : new Areas.Area(e.prefecture(), e.municipality());
    try {
      long own =
          notices.estimate(new NoticeRequest(List.of(area), false, e.audience(), null, false));
      long near =
          notices.estimate(new NoticeRequest(List.of(area), true, e.audience(), null, false));
      return Map.of("reachArea", area.label(), "reachOwn", own, "reachNear", near);
    } catch (DataAccessException ex) {
      return Map.of("reachArea", area.label());
    }
  }

  /** Post/redirect/get with 303, so a reload never posts the form again. */
  static ModelAndView seeOther(String path) {
    RedirectView view = new RedirectView(path, true);
    view.setHttp10Compatible(false);
    view.setStatusCode(HttpStatus.SEE_OTHER);
    view.setExposeModelAttributes(false);
    return new ModelAndView(view);
  }

  static ModelAndView notFound() {
    return problem("notfound", HttpStatus.NOT_FOUND);
  }

  /**
   * A page that says in Japanese what went wrong ({@code staff.<what>.title} and {@code .body}).
   */
  static ModelAndView problem(String what, HttpStatus status) {
    ModelAndView page = new ModelAndView("staff/problem", status);
    page.addObject("problem", what);
    return page;
  }
}
