package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing is throttled per account and per client address, through the form and HTTP
 * Basic alike: past the limit even the right password is refused for a while, with a Japanese
 * message; forged X-Forwarded-For headers do not give a guesser fresh addresses; failures are
 * logged without the password.
 */
@SpringBootTest(
    classes = {FeatureTestApp.class, StaffLoginThrottleTests.Time.class},
    properties = {"junction.admin.user=tester", "junction.admin.password=secret-for-tests"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class StaffLoginThrottleTests {

  static final String RIGHT = "secret-for-tests";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(
        registry,
        FeatureTestSupport.uniquePrefix(),
        FeatureTestSupport.dataDir(jp.junction.bot.events.EventsFixture.CSV));
  }

  @TestConfiguration
  static class Time {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired MovableClock clock;

  /** Every lock and count of one test is long gone for the next. */
  @AfterEach
  void later() {
    clock.move(Duration.ofHours(2));
  }

  @Test
  void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhileWithAJapaneseMessage()
      throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(
              get("/admin/api/events")
                  .with(httpBasic("tester", "guess-" + i))
                  .with(from("10.1.0.1")))
          .andExpect(status().is4xxClientError());
    }
    String body =
        mvc.perform(
                get("/admin/api/events").with(httpBasic("tester", RIGHT)).with(from("10.1.0.2")))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("しばらくログインできません").contains("15分");

    // The form says the same, and the right password still does not open a session.
    mvc.perform(
            post("/login")
                .param("username", "tester")
                .param("password", RIGHT)
                .with(csrf())
                .with(from("10.1.0.3")))
        .andExpect(redirectedUrl("/login?why=locked"));
    String page =
        mvc.perform(get("/login?why=locked"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("しばらくログインできません");

    clock.move(Duration.ofMinutes(16));
    mvc.perform(get("/admin/api/events").with(httpBasic("tester", RIGHT)).with(from("10.1.0.2")))
        .andExpect(status().isOk());
  }

  @Test
  void oneAddressGuessingAcrossAccountsIsLockedWhateverXForwardedForClaims() throws Exception {
    for (int i = 0; i < 20; i++) {
      mvc.perform(
              post("/login")
                  .param("username", "someone-" + i)
                  .param("password", "guess")
                  .header("X-Forwarded-For", "203.0.113." + i)
                  .with(csrf())
                  .with(from("10.2.0.1")))
          .andExpect(redirectedUrl(i < 19 ? "/login?why=wrong" : "/login?why=locked"));
    }
    mvc.perform(
            get("/admin/api/events")
                .with(httpBasic("tester", RIGHT))
                .header("X-Forwarded-For", "198.51.100.7")
                .with(from("10.2.0.1")))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.error", containsString("分ほど待って")));
    // Another address is not affected.
    mvc.perform(get("/admin/api/events").with(httpBasic("tester", RIGHT)).with(from("10.2.0.2")))
        .andExpect(status().isOk());
  }

  @Test
  void aRightPasswordBeforeTheLimitClearsTheAccountsCount() throws Exception {
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        mvc.perform(
                get("/admin/api/events")
                    .with(httpBasic("tester", "typo"))
                    .with(from("10.3.0." + round)))
            .andExpect(status().isUnauthorized());
      }
      mvc.perform(
              get("/admin/api/events")
                  .with(httpBasic("tester", RIGHT))
                  .with(from("10.3.0." + round)))
          .andExpect(status().isOk());
    }
  }

  @Test
  void failedLoginsAreLoggedWithoutThePassword(CapturedOutput output) throws Exception {
    mvc.perform(
            get("/admin/api/events")
                .with(httpBasic("tester", "hunter2-not-it"))
                .with(from("10.4.0.1")))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/login")
                .param("username", "my-password-typed-here")
                .param("password", "other-secret-word")
                .with(csrf())
                .with(from("10.4.0.1")))
        .andExpect(redirectedUrl("/login?why=wrong"));

    assertThat(output.getOut())
        .contains("Staff login failed: account 'tester' from 10.4.0.1")
        .contains("Staff login failed: an unknown account from 10.4.0.1")
        .doesNotContain("hunter2-not-it")
        .doesNotContain("other-secret-word")
        .doesNotContain("my-password-typed-here");
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.now();

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
