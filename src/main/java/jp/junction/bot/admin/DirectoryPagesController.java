package jp.junction.bot.admin;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.search.ResourceCells;
import jp.junction.bot.search.SearchResult.Resource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The directory pages: the list with filters and search, the 確認待ち list, adding an entry, and one
 * entry's page (edit, 「最終確認：今日」, status, change log). Editors change only entries in their area
 * (403 with the reason otherwise); every change goes to the store, which logs it and brings every
 * instance's search up to date.
 */
@Controller
@RequestMapping("/admin/directory")
class DirectoryPagesController {

  private static final Logger log = LoggerFactory.getLogger(DirectoryPagesController.class);

  private final DirectoryStore store;
  private final DirectoryPage page;
  private final StaffScope scope;

  DirectoryPagesController(DirectoryStore store, DirectoryPage page, StaffScope scope) {
    this.store = store;
    this.page = page;
    this.scope = scope;
  }

  @GetMapping({"", "/"})
  ModelAndView list(
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String audience,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "false") boolean unchecked,
      @RequestParam(required = false) String q,
      Model model) {
    return page.list(new DirectoryPage.Filter(area, kind, audience, status, unchecked, q), model);
  }

  @GetMapping("/review")
  ModelAndView review(Model model) {
    return page.review(model);
  }

  @GetMapping("/new")
  ModelAndView blank(Model model) {
    return page.entry(null, new ResourceForm(), model, HttpStatus.OK);
  }

  @PostMapping("/new")
  ModelAndView create(
      @Valid @ModelAttribute("resourceForm") ResourceForm form,
      BindingResult errors,
      Model model,
      Authentication who) {
    if (!errors.hasErrors()) {
      checkScope(who, form);
      if (store.get(form.getId()).isPresent()) {
        errors.rejectValue("id", "staff.directory.error.id-taken");
      } else if (saved(form, errors, who)) {
        return EventPage.seeOther("/admin/directory/" + form.getId() + "?saved");
      }
    }
    return page.entry(null, form, model, HttpStatus.BAD_REQUEST);
  }

  @GetMapping("/{id}")
  ModelAndView entry(@PathVariable String id, Model model) {
    return store
        .get(id)
        .map(e -> page.entry(e, opened(e), model, HttpStatus.OK))
        .orElseGet(EventPage::notFound);
  }

  @PostMapping("/{id}")
  ModelAndView update(
      @PathVariable String id,
      @Valid @ModelAttribute("resourceForm") ResourceForm form,
      BindingResult errors,
      Model model,
      Authentication who) {
    DirectoryEntry entry = store.get(id).orElse(null);
    if (entry == null) {
      return EventPage.notFound();
    }
    scope.check(who, area(entry.resource()));
    form.setId(id);
    String now = ResourceForm.fingerprint(entry);
    if (!form.getOpened().isEmpty() && !form.getOpened().equals(now)) {
      // Someone saved this entry after the form was opened: keep what was typed, say so, and let
      // a second, deliberate save go through (the form now carries the entry as it is).
      errors.reject("staff.directory.error.changed");
      form.setOpened(now);
      return page.entry(entry, form, model, HttpStatus.CONFLICT);
    }
    if (!errors.hasErrors()) {
      checkScope(who, form);
      if (saved(form, errors, who)) {
        return EventPage.seeOther("/admin/directory/" + id + "?saved");
      }
    }
    return page.entry(entry, form, model, HttpStatus.BAD_REQUEST);
  }

  @PostMapping("/{id}/confirm")
  ModelAndView confirm(@PathVariable String id, Authentication who) {
    DirectoryEntry entry = store.get(id).orElse(null);
    if (entry == null) {
      return EventPage.notFound();
    }
    scope.check(who, area(entry.resource()));
    store.confirm(id, scope.name(who));
    return EventPage.seeOther("/admin/directory/" + id + "?confirmed");
  }

  @PostMapping("/{id}/status")
  ModelAndView status(@PathVariable String id, @RequestParam String status, Authentication who) {
    DirectoryEntry entry = store.get(id).orElse(null);
    DirectoryEntry.Status wanted = DirectoryEntry.Status.find(status).orElse(null);
    if (entry == null || wanted == null) {
      return EventPage.notFound();
    }
    scope.check(who, area(entry.resource()));
    store.retire(id, wanted, scope.name(who));
    return EventPage.seeOther("/admin/directory/" + id + "?status");
  }

  private static ResourceForm opened(DirectoryEntry entry) {
    ResourceForm form = ResourceForm.of(entry.resource());
    form.setOpened(ResourceForm.fingerprint(entry));
    return form;
  }

  private void checkScope(Authentication who, ResourceForm form) {
    scope.check(who, form.area());
  }

  private static jp.junction.bot.places.Areas.Area area(Resource r) {
    return new jp.junction.bot.places.Areas.Area(r.prefecture(), r.municipality());
  }

  /**
   * The form through resources.csv's checks into the store; coordinates left empty come from the
   * town. What the store still refuses is said in general words next to the form.
   */
  private boolean saved(ResourceForm form, BindingResult errors, Authentication who) {
    Map<String, String> cells = new java.util.HashMap<>(form.cells());
    page.placeOf(form)
        .ifPresent(
            town -> {
              cells.put("lat", town.lat().toString());
              cells.put("lon", town.lon().toString());
            });
    ResourceCells.Read read = ResourceCells.parse("form", List.of(cells));
    try {
      if (read.resources().isEmpty()) {
        throw new DirectoryStore.Refused(
            read.problems().isEmpty() ? "refused" : read.problems().get(0).message(),
            read.problems());
      }
      store.save(read.resources().get(0), scope.name(who));
      return true;
    } catch (DirectoryStore.Refused e) {
      log.info("Directory form refused by the store: {}", e.getMessage());
      errors.reject(e.problems().isEmpty() ? "staff.directory.error.conflict" : "staff.error.save");
      return false;
    }
  }
}
