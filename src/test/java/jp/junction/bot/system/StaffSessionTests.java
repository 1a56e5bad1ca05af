package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sessions on the real server: anonymous traffic (the login page, staff pages, the webhook, the
 * chat page, health) opens none; only a login does, with a {@code SameSite=Lax}, HttpOnly cookie;
 * the instance holds at most the configured number; the login cookie cannot drive the JSON API (a
 * cross-site form post with it does nothing); redirects never repeat a forged Host; a signed-in
 * staff member's file over the upload limit is let arrive without being kept, and the browser is
 * then sent to the import page's Japanese explanation.
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
  @Autowired FilterRegistrationBean<SlowBodyFilter> bodies;
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

  @Test
  void aSignedInFileOverTheLimitIsLetArriveUnkeptThenSentToTheImportPagesExplanation()
      throws Exception {
    String cookie = "Cookie: JSESSIONID=" + http.login("tester", RIGHT).cookie("JSESSIONID");
    for (boolean saysItsLength : new boolean[] {true, false}) {
      Upload upload = upload(cookie, 40L * 1024 * 1024, saysItsLength);

      assertThat(upload.head()).startsWith("HTTP/1.1 303");
      assertThat(upload.head()).contains("Location: /admin/directory/import/too-large");
      // Past the 32 MB limit nothing of the file is kept: the bytes are counted and dropped.
      assertThat(upload.heldNearTheEnd()).as("bytes held at 38 MB").isZero();
    }
    RawHttp.Response page = http.get("/admin/directory/import/too-large", cookie);
    assertThat(page.status()).isEqualTo(413);
    assertThat(page.body())
        .contains("ファイルが大きすぎて、受け取れませんでした")
        .contains("30MBまで")
        .contains("分ける")
        .contains("CSV UTF-8")
        .contains("href=\"/admin/directory/import\"")
        .contains("pico.min.css");
  }

  @Test
  void aSignedInFileSaidToBeLargerThanWhatIsLetArriveIsAnsweredBeforeItsBodyIsSent()
      throws Exception {
    String cookie = "Cookie: JSESSIONID=" + http.login("tester", RIGHT).cookie("JSESSIONID");
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      // 300 MB said (over the 256 MB let arrive), 1 KB sent: the answer comes from the length.
      out.write(
          ("POST /admin/directory/import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + cookie
                  + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                  + "Content-Length: 300000000\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(new byte[1024]);
      out.flush();

      assertThat(head(s.getInputStream()))
          .startsWith("HTTP/1.1 303")
          .contains("Location: /admin/directory/import/too-large");
    }
  }

  /** What a file of {@code size} bytes sent to the import got, and what the server held. */
  record Upload(String head, long heldNearTheEnd) {}

  private Upload upload(String cookie, long size, boolean saysItsLength) throws Exception {
    SlowBodyFilter filter = bodies.getFilter();
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /admin/directory/import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + cookie
                  + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                  + (saysItsLength ? "Content-Length: " + size : "Transfer-Encoding: chunked")
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = new byte[256 * 1024];
      byte[] chunkSize =
          (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      long held = -1;
      for (long sent = 0; sent < size; sent += chunk.length) {
        if (!saysItsLength) {
          out.write(chunkSize);
        }
        out.write(chunk);
        if (!saysItsLength) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (held < 0 && sent >= size - 2L * 1024 * 1024) {
          out.flush();
          Thread.sleep(300);
          held = filter.uploads().held();
        }
      }
      if (!saysItsLength) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      return new Upload(head(s.getInputStream()), held);
    }
  }

  /** The status line and headers of the answer on {@code in}. */
  private static String head(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      head.append((char) c);
      if (head.toString().endsWith("\r\n\r\n")) {
        break;
      }
    }
    return head.toString();
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
