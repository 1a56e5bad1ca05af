package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class BenchNoopConfigTests {

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  SecurityAutoConfiguration.class,
                  WebMvcAutoConfiguration.class,
                  DispatcherServletAutoConfiguration.class,
                  HttpMessageConvertersAutoConfiguration.class))
          .withUserConfiguration(BenchNoopConfig.class);

  @Test
  void theNoopEndpointDoesNotExistUnlessTheBenchmarkAsksForIt() {
    runner.run(context -> assertThat(context).doesNotHaveBean("benchNoopRoute"));
    runner
        .withPropertyValues("junction.bench.noop-endpoint=false")
        .run(context -> assertThat(context).doesNotHaveBean("benchNoopSecurity"));
  }

  @Test
  void whenEnabledItAcceptsAnUnsignedPostWithoutLoginOrCsrfToken() {
    runner
        .withPropertyValues("junction.bench.noop-endpoint=true")
        .run(
            context -> {
              MockMvc mvc =
                  MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
              mvc.perform(post(BenchNoopConfig.PATH).content("{\"events\":[]}"))
                  .andExpect(status().isOk())
                  .andExpect(content().string("OK"));
            });
  }
}
