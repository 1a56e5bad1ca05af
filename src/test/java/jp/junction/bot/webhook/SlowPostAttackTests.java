package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A slow-POST attack on the real server (few Tomcat threads, to make it cheap): many connections
 * trickle one body byte every 2 s. A signed crisis webhook sent meanwhile is still read at once and
 * answered; a body slower than the timeout gets 408; past the cap on bodies arriving at once the
 * oldest is dropped (503) rather than anyone waiting.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.tomcat.threads.max=8",
      "server.tomcat.threads.min-spare=2",
      "junction.web.max-uploads=40",
      "junction.web.body-timeout=6s"
    })
class SlowPostAttackTests {

  static final WebhookProbe probe = new WebhookProbe();
  static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry::add, "redis://127.0.0.1:6379/" + TestRedis.DATABASE);
  }

  @LocalServerPort int port;
  final List<Socket> attackers = new ArrayList<>();

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
  }

  @AfterEach
  void hangUp() throws IOException {
    for (Socket s : attackers) {
      s.close();
    }
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void aSignedCrisisWebhookIsReadAndAnsweredWhileSlowBodiesHoldEveryConnection() throws Exception {
    // Four times as many slow bodies as server threads: with blocking reads no thread is left.
    open(30, "/callback");
    trickle(2);

    String token = replyToken();
    String crisis = body(LineWebhookFixture.text(userId(), eventId(), token, "もう死にたい"));
    HttpResponse<String> answer = signed(crisis);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(WebhookProbe.texts(probe.replyFor(token))).contains("0120");
    // The staff login form is not starved either.
    assertThat(plainPost("/login", "username=a&password=b").statusCode()).isEqualTo(403);
  }

  @Test
  void anUploadToTheImportPageWithoutASignedInSessionGetsOnlyTheOrdinaryLimit() throws Exception {
    // 5 MB is within the staff upload limit, but no one without a session may have it buffered.
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      s.getOutputStream()
          .write(
              ("POST /admin/directory/import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Content-Type: multipart/form-data; boundary=x\r\n"
                      + "Content-Length: 5000000\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      String answer = answer(s);
      assertThat(answer).startsWith("HTTP/1.1 413");
      // A staff page's browser is told, in Japanese, what went wrong and what to do.
      assertThat(answer).contains("text/html").contains("大きすぎます").contains("前の画面にもどる");
    }
  }

  @Test
  void theJsonApiAndTheWebhookAreRefusedWithTheShortText() throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      s.getOutputStream()
          .write(
              ("POST /admin/api/data/reload HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Content-Type: application/json\r\n"
                      + "Content-Length: 5000000\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      String answer = answer(s);
      assertThat(answer).startsWith("HTTP/1.1 413").endsWith("body too large");
    }
  }

  @Test
  void aBodySlowerThanTheTimeoutIsRefusedWith408() throws Exception {
    Socket slow = open(1, "/callback").get(0);
    long start = System.nanoTime();
    String status = trickleUntilAnswered(slow, Duration.ofSeconds(15));

    assertThat(status).startsWith("HTTP/1.1 408");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void pastTheCapTheOldestSlowBodyIsDroppedInsteadOfNewcomersWaiting() throws Exception {
    List<Socket> first = open(40, "/callback");
    trickle(1);
    List<Socket> newcomers = open(5, "/callback");
    trickle(1);

    List<String> answers = new ArrayList<>();
    for (Socket s : newcomers) {
      answers.add(waiting(s));
    }
    assertThat(answers).as("the newcomers are being read").containsOnly("");
    answers.clear();
    for (Socket s : first) {
      answers.add(waiting(s));
    }
    assertThat(answers).filteredOn(a -> a.startsWith("HTTP/1.1 503")).hasSize(5);
  }

  /** The status line the server has sent on this connection so far, or "". */
  private static String waiting(Socket s) throws IOException {
    StringBuilder line = new StringBuilder();
    try {
      for (int c = s.getInputStream().read(); c >= 0 && c != '\r'; c = s.getInputStream().read()) {
        line.append((char) c);
      }
    } catch (java.net.SocketTimeoutException nothingMore) {
      // nothing sent
    }
    return line.toString();
  }

  /** Opens connections whose headers promise a 400-byte body, sending none of it yet. */
  private List<Socket> open(int n, String path) throws IOException {
    List<Socket> opened = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Socket s = new Socket("127.0.0.1", port);
      s.setSoTimeout(200);
      s.getOutputStream()
          .write(
              ("POST "
                      + path
                      + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      + "X-Line-Signature: AAAA\r\nContent-Length: 400\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      opened.add(s);
      attackers.add(s);
    }
    return opened;
  }

  /** One byte on every open connection, then a pause: a round of the attack. */
  /**
   * The status line, headers and body of one answer (by its Content-Length; the server may keep the
   * socket open).
   */
  private static String answer(Socket s) throws IOException {
    java.io.InputStream in = s.getInputStream();
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher length =
        java.util.regex.Pattern.compile("(?i)content-length: *([0-9]+)").matcher(headers);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return headers + new String(body, StandardCharsets.UTF_8);
  }

  private void trickle(int rounds) throws InterruptedException {
    for (int r = 0; r < rounds; r++) {
      for (Socket s : attackers) {
        try {
          s.getOutputStream().write('{');
        } catch (IOException closedByTheServer) {
          // dropped: what the defence does
        }
      }
      Thread.sleep(500);
    }
  }

  /** Sends a byte every 2 s until the server answers; returns the status line (or ""). */
  private static String trickleUntilAnswered(Socket s, Duration limit) throws IOException {
    long end = System.nanoTime() + limit.toNanos();
    InputStream in = s.getInputStream();
    OutputStream out = s.getOutputStream();
    StringBuilder line = new StringBuilder();
    while (System.nanoTime() < end) {
      try {
        out.write(' ');
      } catch (IOException closed) {
        // the answer may already be waiting
      }
      long pause = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (System.nanoTime() < pause) {
        try {
          int c = in.read();
          if (c < 0 || c == '\r') {
            return line.toString();
          }
          line.append((char) c);
        } catch (java.net.SocketTimeoutException nothingYet) {
          // keep trickling
        }
      }
    }
    return line.toString();
  }

  private HttpResponse<String> signed(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json")
            .header("X-Line-Signature", LineWebhookFixture.sign(body, LineWebhookFixture.SECRET))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> plainPost(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
