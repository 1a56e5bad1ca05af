package jp.junction.bot.system;

import jakarta.servlet.DispatcherType;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.util.HtmlUtils;

/** Puts {@link SlowBodyFilter} in front of everything that may read a body (security, MVC). */
@Configuration
class SlowBodyConfig {

  @Bean
  FilterRegistrationBean<SlowBodyFilter> slowBodyFilter(
      BodySettings settings, MessageSource messages) {
    FilterRegistrationBean<SlowBodyFilter> registration =
        new FilterRegistrationBean<>(new SlowBodyFilter(settings, staffRefusals(messages)));
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
    registration.setAsyncSupported(true);
    // After request metrics and character encoding, before Spring Security (-100).
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * The page a staff member sees when a form or file is refused, from {@code staff.body.*} in the
   * staff messages (a refusal before Spring MVC, so no template: one short escaped page).
   */
  static SlowBodyFilter.StaffRefusals staffRefusals(MessageSource messages) {
    return (status, maxBody) -> {
      String key =
          switch (status) {
            case 413 -> "staff.body.too-large";
            case 408 -> "staff.body.too-slow";
            case 503 -> "staff.body.busy";
            default -> null;
          };
      if (key == null) {
        return null;
      }
      String megabytes =
          maxBody < 1024 * 1024
              ? (maxBody / 1024) + " KB"
              : String.format(Locale.ROOT, "%.1f MB", maxBody / (1024.0 * 1024))
                  .replace(".0 MB", " MB");
      String title = messages.getMessage("staff.body.title", null, "", Locale.JAPANESE);
      String text = messages.getMessage(key, new Object[] {megabytes}, "", Locale.JAPANESE);
      String back = messages.getMessage("staff.body.back", null, "", Locale.JAPANESE);
      return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>"
          + HtmlUtils.htmlEscape(title)
          + "</title></head><body style=\"font-family:sans-serif;max-width:40rem;margin:2rem auto;"
          + "padding:0 1rem;line-height:1.7\"><h1>"
          + HtmlUtils.htmlEscape(title)
          + "</h1><p>"
          + HtmlUtils.htmlEscape(text)
          + "</p><p><a href=\"javascript:history.back()\">"
          + HtmlUtils.htmlEscape(back)
          + "</a></p></body></html>";
    };
  }
}
