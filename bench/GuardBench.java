import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fault and attack benchmark for issue 11 (bench/GUARD.md), run by bench/guard.sh: starts the real
 * jar against a LINE stand-in on loopback that takes {@code --line-ms} per reply, and measures
 *
 * <ol>
 *   <li>crisis reply time with a full ordinary queue and slow LINE (from the webhook to the moment
 *       the stand-in receives the crisis reply);
 *   <li>a crisis answered during a slow-POST attack (200 connections, one body byte every 2 s);
 *   <li>sessions and heap after 20,000 anonymous requests to the login page.
 * </ol>
 *
 * Every loop is bounded in count and time; every address is 127.0.0.1.
 */
public class GuardBench {

  static final String SECRET = "bench-channel-secret";
  static final String STAFF_PASSWORD = "bench-staff-password";
  static final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();

  /** When the stand-in received the reply for each reply token (System.nanoTime()). */
  static final Map<String, Long> received = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    String jar = arg(args, "--jar", "target/junction-bot.jar");
    String redis = arg(args, "--redis", "redis://127.0.0.1:6379/13");
    int lineMs = Integer.parseInt(arg(args, "--line-ms", "2000"));
    int queued = Integer.parseInt(arg(args, "--queued", "1500"));
    int slow = Integer.parseInt(arg(args, "--slow-connections", "200"));
    int anonymous = Integer.parseInt(arg(args, "--anonymous", "20000"));
    HttpServer line = stub(lineMs);
    int port = freePort();
    Process app = start(jar, redis, port, line.getAddress().getPort());
    try {
      awaitReady(port);
      System.out.println("| measure | value |");
      System.out.println("|---|---|");
      crisisBehindAFullQueue(port, queued, lineMs);
      crisisDuringSlowPost(port, slow);
      if (anonymous > 0) {
        anonymousSessions(port, app.pid(), anonymous);
      }
    } finally {
      app.destroy();
      if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
      line.stop(0);
    }
    System.exit(0);
  }

  static void crisisBehindAFullQueue(int port, int queued, int lineMs) throws Exception {
    // Posted by 32 clients at once, so the queue fills faster than 32 workers at 2 s a reply drain it.
    var clients = Executors.newFixedThreadPool(32);
    for (int i = 0; i < queued; i++) {
      clients.submit(() -> {
        post(port, text(UUID.randomUUID().toString(), "居場所 高松"));
        return null;
      });
    }
    clients.shutdown();
    clients.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    int answeredBefore = received.size();
    List<Long> took = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      took.add(crisis(port));
      Thread.sleep(500);
    }
    took.sort((a, b) -> Long.compare(a < 0 ? Long.MAX_VALUE : a, b < 0 ? Long.MAX_VALUE : b));
    row("ordinary webhooks posted before the crisis (LINE " + lineMs + " ms a reply)", queued + "");
    row("of them answered when the first crisis was sent (the rest were waiting)",
        answeredBefore + "");
    row("crisis: webhook sent → its reply at LINE, median of 5 (ms)", shown(took.get(2)));
    row("crisis: the same, worst of 5 (ms)", shown(took.get(4)));
  }

  static void crisisDuringSlowPost(int port, int connections) throws Exception {
    List<Socket> attackers = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Socket s = new Socket("127.0.0.1", port);
      s.getOutputStream().write(("POST /callback HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nX-Line-Signature: AAAA\r\n"
          + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      attackers.add(s);
    }
    var trickle = Executors.newSingleThreadScheduledExecutor();
    trickle.scheduleAtFixedRate(() -> {
      for (Socket s : attackers) {
        try {
          s.getOutputStream().write('{');
        } catch (IOException dropped) {
          // the server dropped it
        }
      }
    }, 0, 2, java.util.concurrent.TimeUnit.SECONDS);
    Thread.sleep(3_000);
    List<Long> took = new ArrayList<>();
    int answered = 0;
    for (int i = 0; i < 10; i++) {
      long t = crisis(port);
      if (t >= 0) {
        answered++;
        took.add(t);
      }
      Thread.sleep(2_000);
    }
    trickle.shutdownNow();
    long stillOpen = attackers.stream().filter(s -> !closedByServer(s)).count();
    for (Socket s : attackers) {
      s.close();
    }
    took.sort(null);
    row("slow-POST: connections trickling 1 byte / 2 s", connections + "");
    row("slow-POST: crisis webhooks answered during the attack", answered + " of 10");
    row("slow-POST: crisis webhook → reply at LINE, median (ms)",
        took.isEmpty() ? "none" : took.get(took.size() / 2) + "");
    row("slow-POST: attacking connections still open after ~25 s", stillOpen + "");
  }

  static void anonymousSessions(int port, long pid, int n) throws Exception {
    long before = heapAfterGc(pid);
    long start = System.nanoTime();
    int ok = 0;
    for (int i = 0; i < n; i++) {
      HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/login")).build(),
          HttpResponse.BodyHandlers.discarding());
      ok += r.statusCode() == 200 ? 1 : 0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long after = heapAfterGc(pid);
    row("anonymous GET /login answered 200", ok + " of " + n
        + String.format(" (%.0f/s, one client)", n / seconds));
    row("sessions live after them (tomcat_sessions_active_current)", metric(port,
        "tomcat_sessions_active_current_sessions"));
    row("heap used after full GC: before → after (MB)",
        String.format("%.1f → %.1f", before / 1e6, after / 1e6));
  }

  /** Sends one crisis message; ms until its reply reached the stand-in, or -1 within 30 s. */
  static long crisis(int port) throws Exception {
    String token = UUID.randomUUID().toString().replace("-", "");
    long sent = System.nanoTime();
    try {
      post(port, text(token, "もう死にたい"));
    } catch (IOException | InterruptedException e) {
      return -1;
    }
    long deadline = sent + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Long at = received.get(token);
      if (at != null) {
        return (at - sent) / 1_000_000;
      }
      Thread.sleep(5);
    }
    return -1;
  }

  static String text(String token, String words) {
    String user = "U" + UUID.randomUUID().toString().replace("-", "");
    return "{\"destination\":\"Ubench\",\"events\":[{\"type\":\"message\",\"mode\":\"active\","
        + "\"timestamp\":" + System.currentTimeMillis() + ",\"source\":{\"type\":\"user\","
        + "\"userId\":\"" + user + "\"},\"webhookEventId\":\"" + UUID.randomUUID()
        + "\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\"" + token
        + "\",\"message\":{\"id\":\"" + System.nanoTime() + "\",\"type\":\"text\","
        + "\"quoteToken\":\"q\",\"text\":\"" + words + "\"}}]}";
  }

  static void post(int port, String body) throws IOException, InterruptedException {
    http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .header("X-Line-Signature", sign(body))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.discarding());
  }

  static final Pattern TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");

  /** LINE's reply and push endpoints; each reply takes {@code ms}. */
  static HttpServer stub(int ms) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
    server.setExecutor(Executors.newFixedThreadPool(128, r -> {
      Thread t = new Thread(r, "line-stand-in");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Matcher token = TOKEN.matcher(body);
      if (token.find()) {
        received.putIfAbsent(token.group(1), System.nanoTime());
      }
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] ok = "{\"sentMessages\":[]}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, ok.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ok);
      }
    });
    server.start();
    return server;
  }

  static Process start(String jar, String redis, int port, int linePort) throws IOException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:+UseSerialGC",
        "-jar", jar));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("LINE_CHANNEL_SECRET", SECRET);
    env.put("LINE_CHANNEL_TOKEN", "bench-channel-token");
    env.put("LINE_API_BASE_URL", "http://127.0.0.1:" + linePort);
    env.put("REDIS_URL", redis);
    env.put("JUNCTION_PSEUDONYM_KEY", "bench-pseudonym-key");
    env.put("JUNCTION_ADMIN_PASSWORD", STAFF_PASSWORD);
    env.put("SERVER_PORT", Integer.toString(port));
    Files.createDirectories(Path.of("target"));
    builder.redirectErrorStream(true).redirectOutput(Path.of("target/bench-guard-app.log").toFile());
    return builder.start();
  }

  static void awaitReady(int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the bot did not get ready; see target/bench-guard-app.log");
  }

  static long heapAfterGc(long pid) throws Exception {
    new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    Process info = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info")
        .redirectErrorStream(true).start();
    String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    info.waitFor();
    long used = 0;
    Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
    while (m.find()) {
      used += Long.parseLong(m.group(1)) * 1024;
    }
    return used;
  }

  static String metric(int port, String name) throws Exception {
    String basic = Base64.getEncoder().encodeToString(
        ("staff:" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
    String text = http.send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + port + "/actuator/prometheus"))
        .header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    for (String line : text.split("\n")) {
      if (line.startsWith(name)) {
        return line.substring(line.lastIndexOf(' ') + 1);
      }
    }
    return "not exported";
  }

  static boolean closedByServer(Socket s) {
    try {
      s.setSoTimeout(50);
      return s.getInputStream().read() >= 0 || true;
    } catch (java.net.SocketTimeoutException open) {
      return false;
    } catch (IOException closed) {
      return true;
    }
  }

  static String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String shown(long ms) {
    return ms < 0 ? "not within 30 s" : Long.toString(ms);
  }

  static void row(String measure, String value) {
    System.out.println("| " + measure + " | " + value + " |");
  }

  static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
