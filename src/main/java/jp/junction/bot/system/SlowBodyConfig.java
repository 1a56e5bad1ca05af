package jp.junction.bot.system;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link SlowBodyFilter} in front of everything that may read a body (security, MVC). */
@Configuration
class SlowBodyConfig {

  @Bean
  FilterRegistrationBean<SlowBodyFilter> slowBodyFilter(BodySettings settings) {
    FilterRegistrationBean<SlowBodyFilter> registration =
        new FilterRegistrationBean<>(new SlowBodyFilter(settings));
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
    registration.setAsyncSupported(true);
    // After request metrics and character encoding, before Spring Security (-100).
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
