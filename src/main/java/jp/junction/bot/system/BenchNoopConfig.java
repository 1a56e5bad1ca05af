package jp.junction.bot.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * For the webhook benchmark only ({@code bench/webhook-load.sh}): {@code POST /bench/noop} reads
 * the body and answers 200 "OK", through the same Tomcat, security filter chain and MVC dispatch as
 * {@code /callback} but with no signature check, parsing, Redis or hand-off. It measures the
 * ceiling of the HTTP stack. Absent unless {@code junction.bench.noop-endpoint=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "junction.bench.noop-endpoint", havingValue = "true")
class BenchNoopConfig {

  static final String PATH = "/bench/noop";

  @Bean
  RouterFunction<ServerResponse> benchNoopRoute() {
    return RouterFunctions.route()
        .POST(
            PATH,
            request -> {
              request.servletRequest().getInputStream().readAllBytes();
              return ServerResponse.ok().body("OK");
            })
        .build();
  }

  /**
   * Lets the benchmark's endpoints (this no-op and the webhook feature's {@code /bench/reply})
   * through with the very chain {@code /callback} has.
   */
  @Bean
  @Order(0)
  SecurityFilterChain benchNoopSecurity(HttpSecurity http) throws Exception {
    return WebSecurityConfig.signedPostOnly(http, "/bench/**").build();
  }
}
