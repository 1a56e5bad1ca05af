package jp.junction.bot.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Actuator shows only health, info and prometheus (and prometheus only to staff); staff pages need
 * a login; pages carry security headers; errors never show a stack trace.
 */
@SpringBootTest(
    properties = {
      "junction.line.channel-secret=test-secret",
      "junction.line.channel-token=test-token",
      "junction.line.api-base-url=http://127.0.0.1:1",
      "junction.redis.url=redis://127.0.0.1:6379/" + TestRedis.DATABASE,
      "junction.data-dir=src/test/resources/safety-data"
    })
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class SecurityRulesTests {

  @Autowired MockMvc mvc;

  @Test
  void healthAndInfoAreOpenToEveryone() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().is2xxSuccessful());
    mvc.perform(get("/actuator/info")).andExpect(status().isOk());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "env",
        "heapdump",
        "threaddump",
        "beans",
        "configprops",
        "loggers",
        "mappings",
        "shutdown",
        "metrics",
        "prometheus"
      })
  void otherActuatorEndpointsNeedALogin(String endpoint) throws Exception {
    mvc.perform(get("/actuator/" + endpoint)).andExpect(status().isUnauthorized());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"env", "heapdump", "threaddump", "beans", "configprops", "loggers", "mappings"})
  void evenStaffCannotReachEndpointsThatAreNotExposed(String endpoint) throws Exception {
    mvc.perform(get("/actuator/" + endpoint).with(user("staff"))).andExpect(status().isNotFound());
  }

  @Test
  void staffCanReadPrometheusMetrics() throws Exception {
    mvc.perform(get("/actuator/prometheus").with(user("staff")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jvm_")));
  }

  @Test
  void staffPagesAndTheirApiNeedALogin() throws Exception {
    mvc.perform(get("/admin/").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/login")));
    mvc.perform(get("/admin/api/stats").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anythingNotListedIsRefused() throws Exception {
    mvc.perform(get("/secret.txt").with(user("staff"))).andExpect(status().isForbidden());
    mvc.perform(get("/WEB-INF/web.xml")).andExpect(status().is4xxClientError());
  }

  @Test
  void pagesCarrySecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(
            header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(header().string("Cache-Control", containsString("no-store")));
  }

  @Test
  void aBrokenWebhookGetsNoStackTrace() throws Exception {
    mvc.perform(
            post("/callback")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Line-Signature", "not base64 !!!")
                .content("{\"events\":[1,"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(not(containsString("Exception"))))
        .andExpect(content().string(not(containsString("at jp."))));
  }

  @Test
  void theWebhookNeedsNoCsrfTokenOpensNoSessionAndStillCarriesSecurityHeaders() throws Exception {
    mvc.perform(
            post("/callback")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Line-Signature", "AAAA")
                .content("{\"destination\":\"x\",\"events\":[]}"))
        .andExpect(status().isBadRequest()) // the signature is wrong; not 403 for a missing token
        .andExpect(header().doesNotExist("Set-Cookie"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }
}
