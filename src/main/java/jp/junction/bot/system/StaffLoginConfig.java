package jp.junction.bot.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * How staff prove who they are: one password check for the form and HTTP Basic, throttled per
 * account and client address; what a locked or refused login is told (in Japanese, from {@code
 * messages/staff.properties}); and a session only once a login succeeded, refused politely when the
 * instance already holds {@link StaffLoginSettings#maxSessions()}.
 */
@Configuration
class StaffLoginConfig {

  static final String LOGIN = "/login";

  @Bean
  LoginThrottle loginThrottle(StaffLoginSettings settings, Clock clock) {
    return new LoginThrottle(settings, clock);
  }

  @Bean
  AuthenticationManager staffAuthentication(
      UserDetailsService staffAccount, PasswordEncoder encoder, LoginThrottle throttle) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staffAccount);
    passwords.setPasswordEncoder(encoder);
    return new ProviderManager(new ThrottledAuthentication(passwords, staffAccount, throttle));
  }

  /** The form: back to the login page, saying why (no session is needed to carry the reason). */
  static AuthenticationFailureHandler formFailure() {
    DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
    return (request, response, e) ->
        redirect.sendRedirect(
            request,
            response,
            LOGIN
                + "?why="
                + (e instanceof LoginLocked
                    ? "locked"
                    : e instanceof SessionAuthenticationException ? "busy" : "wrong"));
  }

  /** HTTP Basic: 401 with the challenge, or 429 with {@code Retry-After} while locked. */
  static AuthenticationEntryPoint apiEntryPoint(MessageSource messages) {
    BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
    challenge.setRealmName("Junction Bot staff");
    return (request, response, e) -> {
      if (e instanceof LoginLocked locked) {
        response.setHeader("Retry-After", Long.toString(locked.retryAfter().toSeconds() + 1));
        json(
            response,
            HttpStatus.TOO_MANY_REQUESTS,
            messages.getMessage(
                "staff.login.locked", new Object[] {locked.minutes()}, Locale.JAPANESE));
        return;
      }
      challenge.commence(request, response, e);
    };
  }

  /** Opens the session at login; when the instance is full, the login fails instead of a 500. */
  static SessionAuthenticationStrategy sessionOnLogin() {
    SessionAuthenticationStrategy open =
        (authentication, request, response) -> {
          try {
            request.getSession(true);
          } catch (IllegalStateException full) {
            throw new SessionAuthenticationException("too many staff sessions on this instance");
          }
        };
    return new CompositeSessionAuthenticationStrategy(
        List.of(new ChangeSessionIdAuthenticationStrategy(), open));
  }

  private static void json(HttpServletResponse response, HttpStatus status, String error)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(Map.of("error", error)));
  }
}
