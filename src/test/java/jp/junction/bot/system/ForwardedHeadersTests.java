package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a TLS proxy, with {@code server.forward-headers-strategy=native} as the README says: a
 * request the proxy marks {@code X-Forwarded-Proto: https} gets HSTS, a {@code Secure} session
 * cookie and relative redirects; the same header from a client that is not a trusted proxy, or
 * without the setting, changes nothing.
 */
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.admin.user=tester",
      "junction.admin.password=secret-for-tests",
      "server.forward-headers-strategy=native"
    })
class ForwardedHeadersTests {

  static final String[] PROXY = {
    "X-Forwarded-Proto: https", "X-Forwarded-For: 198.51.100.20", "Host: bot.example.jp"
  };

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(
        registry, FeatureTestSupport.uniquePrefix(), FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @LocalServerPort int port;
  RawHttp http;

  @BeforeEach
  void connect() {
    http = new RawHttp(port);
  }

  @Test
  void aRequestTheProxyMarksAsHttpsGetsHstsSecureCookiesAndStaysOnHttps() throws Exception {
    RawHttp.Response toLogin = http.get("/admin", PROXY);
    RawHttp.Response page = http.get("/login", PROXY);
    RawHttp.Response login = http.login("tester", "secret-for-tests", PROXY);

    assertThat(toLogin.header("Location")).isEqualTo("/login");
    assertThat(page.header("Strict-Transport-Security")).contains("max-age=");
    assertThat(login.header("Location")).isEqualTo("/admin");
    assertThat(login.cookies())
        .filteredOn(c -> c.startsWith("JSESSIONID=") || c.startsWith("XSRF-TOKEN="))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).contains("Secure"));
  }

  @Test
  void plainHttpWithoutTheProxysWordGetsNoHsts() throws Exception {
    RawHttp.Response page = http.get("/login");

    assertThat(page.header("Strict-Transport-Security")).isNull();
  }
}
