package jp.junction.bot.system;

import java.security.SecureRandom;
import java.util.Base64;
import jp.junction.bot.line.LineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * Who may reach what: LINE's webhook is public (it proves itself by signature), the local chat page
 * exists only in local mode, staff pages and the API need a login, actuator shows only health and
 * info publicly. Staff log in with the one staff account from {@link StaffSettings} (a form with
 * CSRF for the pages, HTTP Basic for {@code /admin/api/**}).
 */
@Configuration
class WebSecurityConfig {

  private static final Logger log = LoggerFactory.getLogger(WebSecurityConfig.class);

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService staffAccount(StaffSettings staff, LineSettings line, PasswordEncoder encoder) {
    String password = staff.password();
    // Without a configured password (the usual local run) staff get a random one, shown once.
    if (!StringUtils.hasText(password)) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      log.warn(
          "{}: staff login for /admin is user '{}' with the generated password '{}' (valid until"
              + " this process stops)",
          line.localMode() ? "Local mode" : "JUNCTION_ADMIN_PASSWORD is not set",
          staff.user(),
          password);
    }
    return new InMemoryUserDetailsManager(
        User.withUsername(staff.user()).password(encoder.encode(password)).roles("STAFF").build());
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

  @Bean
  @Order(2)
  SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/", "/index.html", "/simulator/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/admin/**", "/actuator/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        // The local chat posts like LINE; the staff API is for scripts with HTTP Basic.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/simulator/**", "/admin/api/**"))
        .formLogin(Customizer.withDefaults())
        .httpBasic(Customizer.withDefaults())
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
