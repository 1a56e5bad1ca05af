package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sessions on the real server: anonymous traffic (the login page, staff pages, the webhook, the
 * chat page, health) opens none; only a login does, with a {@code SameSite=Lax}, HttpOnly cookie;
 * the instance holds at most the configured number; the login cookie cannot drive the JSON API (a
 * cross-site form post with it does nothing); redirects never repeat a forged Host.
 */
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.admin.user=tester",
      "junction.admin.password=secret-for-tests",
      "junction.staff-login.max-sessions=3"
    })
class StaffSessionTests {

  static final String RIGHT = "secret-for-tests";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(
        registry, FeatureTestSupport.uniquePrefix(), FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @LocalServerPort int port;
  @Autowired ServletWebServerApplicationContext server;
  RawHttp http;

  @BeforeEach
  void connect() {
    http = new RawHttp(port);
    manager().expire();
  }

  @Test
  void anonymousRequestsOpenNoSession() throws Exception {
    for (int i = 0; i < 400; i++) {
      for (String path : new String[] {"/login", "/admin", "/admin/events/e1", "/", "/nothing"}) {
        assertThat(http.get(path).cookie("JSESSIONID")).as(path).isNull();
      }
      http.send("POST", "/callback", "{\"events\":[]}", "X-Line-Signature: AAAA");
    }
    assertThat(manager().active()).isZero();
  }

  @Test
  void aLoginOpensOneSessionWithALaxHttpOnlyCookieAndLandsOnTheStaffPages() throws Exception {
    RawHttp.Response login = http.login("tester", RIGHT);

    assertThat(login.status()).isEqualTo(302);
    assertThat(login.header("Location")).isEqualTo("/admin");
    String cookie =
        login.cookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(cookie).as("plain HTTP, no proxy configured").doesNotContain("Secure");
    assertThat(manager().active()).isEqualTo(1);
  }

  @Test
  void theInstanceHoldsAtMostTheConfiguredSessions() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(http.login("tester", RIGHT).header("Location")).isEqualTo("/admin");
    }
    RawHttp.Response fourth = http.login("tester", RIGHT);

    assertThat(fourth.header("Location")).isEqualTo("/login?why=busy");
    assertThat(manager().active()).isEqualTo(3);
    assertThat(http.get("/login?why=busy").body()).contains("混み合っています");
  }

  @Test
  void aCrossSiteFormPostWithTheLoginCookieCannotUseTheJsonApi() throws Exception {
    String session = http.login("tester", RIGHT).cookie("JSESSIONID");
    String cookie = "Cookie: JSESSIONID=" + session;
    assertThat(http.get("/admin", cookie).status()).as("the cookie is a real login").isEqualTo(200);

    RawHttp.Response cancel =
        http.postForm(
            "/admin/api/events/e1/cancel", Map.of(), cookie, "Origin: https://evil.example");
    RawHttp.Response reload =
        http.postForm("/admin/api/data/reload", Map.of(), cookie, "Origin: https://evil.example");

    assertThat(cancel.status()).isEqualTo(401);
    assertThat(reload.status()).isEqualTo(401);
    assertThat(http.get("/admin/api/events/e1", "Authorization: Basic " + basic()).body())
        .contains("\"cancelled\":false");
  }

  @Test
  void redirectsNeverRepeatTheHostHeader() throws Exception {
    RawHttp.Response toLogin = http.get("/admin", "Host: evil.example");
    RawHttp.Response afterLogin = http.login("tester", RIGHT, "Host: evil.example");

    assertThat(toLogin.status()).isEqualTo(302);
    assertThat(toLogin.header("Location")).isEqualTo("/login");
    assertThat(afterLogin.header("Location")).isEqualTo("/admin");
  }

  @Test
  void forwardedHeadersAreIgnoredUnlessConfigured() throws Exception {
    RawHttp.Response page = http.get("/login", "X-Forwarded-Proto: https");

    assertThat(page.header("Strict-Transport-Security")).isNull();
    assertThat(page.cookies()).noneSatisfy(c -> assertThat(c).contains("Secure"));
  }

  private static String basic() {
    return java.util.Base64.getEncoder()
        .encodeToString(("tester:" + RIGHT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private Sessions manager() {
    TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
    Context context = (Context) tomcat.getTomcat().getHost().findChildren()[0];
    return new Sessions(context.getManager());
  }

  /** The server's own count of live sessions. */
  record Sessions(Manager manager) {
    int active() {
      return manager.getActiveSessions();
    }

    void expire() {
      for (var s : manager.findSessions()) {
        s.expire();
      }
    }
  }
}
