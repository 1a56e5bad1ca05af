package jp.junction.bot.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what: LINE's webhook is public (it proves itself by signature), the local chat page
 * exists only in local mode, staff pages and the API need a login, actuator shows only health and
 * info publicly.
 */
@Configuration
class WebSecurityConfig {

  @Bean
  SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/callback")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/", "/index.html", "/simulator/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/admin/**", "/actuator/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        // The webhook is authenticated by LINE's signature, not by a session.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/callback", "/simulator/**", "/admin/api/**"))
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
