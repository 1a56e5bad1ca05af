package jp.junction.bot.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what: LINE's webhook is public (it proves itself by signature), the local chat page
 * exists only in local mode, staff pages and the API need a login, actuator shows only health and
 * info publicly; account management only for administrators. Staff log in with their account (the
 * first administrator from {@link StaffSettings}, the others from {@code accounts/}): a form with
 * CSRF for the pages; HTTP Basic only, without sessions, for {@code /admin/api/**} and the
 * actuator; both throttled by {@link StaffLoginConfig}.
 */
@Configuration
class WebSecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * LINE's webhook gets a chain of its own with only what a signed, sessionless POST needs:
   * permitted, no CSRF token, no session, saved request, login or logout filters (the staff chain
   * runs ~15 filters per request, which cost more CPU than the webhook's own work;
   * bench/PROFILE.md). Security headers are still written.
   */
  @Bean
  @Order(1)
  SecurityFilterChain webhookSecurity(HttpSecurity http) throws Exception {
    return signedPostOnly(http, "/callback").build();
  }

  /** The chain of a public POST endpoint that authenticates its own requests (by signature). */
  static HttpSecurity signedPostOnly(HttpSecurity http, String path) throws Exception {
    return http.securityMatcher(path)
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .anonymous(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable);
  }

  /**
   * No observation around each security filter: with ~15 filters per request, the wrapping alone
   * cost more CPU than the webhook's signature check (bench/PROFILE.md). Request metrics ({@code
   * http.server.requests}) are kept.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * The staff JSON API and the actuator, for scripts: HTTP Basic on every request and nothing else.
   * No session is read or made, so a browser's login cookie cannot carry a cross-site request here
   * (no CSRF token is needed because no cookie authenticates).
   */
  @Bean
  @Order(2)
  SecurityFilterChain staffApiSecurity(
      HttpSecurity http, AuthenticationManager staffAuthentication, MessageSource messages)
      throws Exception {
    AuthenticationEntryPoint entry = StaffLoginConfig.apiEntryPoint(messages);
    http.securityMatcher("/admin/api/**", "/actuator/**")
        .authenticationManager(staffAuthentication)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    // Loading resources.csv over the directory is an administrator's decision.
                    .requestMatchers("/admin/api/data/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entry))
        .exceptionHandling(e -> e.authenticationEntryPoint(entry))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .logout(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /**
   * Staff pages with the form login, and the public pages. Anonymous visitors get no session (the
   * CSRF token travels in a cookie, nothing is saved for after the login); the session starts at a
   * successful login, with a {@code SameSite=Lax} cookie that is {@code Secure} whenever the
   * request came over TLS (directly or, with forwarded headers configured, through the proxy).
   */
  @Bean
  @Order(3)
  SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager staffAuthentication)
      throws Exception {
    CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    LoginUrlAuthenticationEntryPoint toLogin =
        new LoginUrlAuthenticationEntryPoint(StaffLoginConfig.LOGIN);
    toLogin.setFavorRelativeUris(true);
    // Staff pages send a browser to the login; anything else unauthenticated is just refused.
    DelegatingAuthenticationEntryPoint entry =
        new DelegatingAuthenticationEntryPoint(
            new LinkedHashMap<>(
                Map.of(PathPatternRequestMatcher.withDefaults().matcher("/admin/**"), toLogin)));
    entry.setDefaultEntryPoint(new Http403ForbiddenEntryPoint());
    http.authenticationManager(staffAuthentication)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/",
                        "/index.html",
                        "/simulator/**",
                        "/favicon.ico",
                        "/error",
                        "/login",
                        // The public, printable list of an area's places (booklet/).
                        "/areas/**",
                        "/area-assets/**",
                        // The staff pages' stylesheets (the login page needs them too).
                        "/webjars/picocss__pico/**",
                        "/staff-assets/**")
                    .permitAll()
                    .requestMatchers("/admin/accounts", "/admin/accounts/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/admin/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        // The local chat posts like LINE (it exists only in local mode, on loopback).
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers("/simulator/**"))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .exceptionHandling(e -> e.authenticationEntryPoint(entry))
        // Scripts may use the pages with HTTP Basic too: that opens no session, and forms still
        // need the CSRF token.
        .httpBasic(basic -> basic.authenticationEntryPoint(entry))
        .formLogin(
            form ->
                form.loginPage(StaffLoginConfig.LOGIN)
                    .permitAll()
                    .defaultSuccessUrl("/admin", true)
                    .failureHandler(StaffLoginConfig.formFailure()))
        .logout(
            logout -> logout.logoutSuccessUrl(StaffLoginConfig.LOGIN + "?why=logout").permitAll())
        .sessionManagement(
            session ->
                session
                    .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                    .sessionAuthenticationStrategy(StaffLoginConfig.sessionOnLogin()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                    + " 'unsafe-inline'; script-src 'self'; frame-ancestors"
                                    + " 'none'"))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                org.springframework.security.web.header.writers
                                    .ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }
}
