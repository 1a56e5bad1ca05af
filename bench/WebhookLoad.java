import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook load benchmark (see bench/WEBHOOK.md). A single-file program, run with
 * {@code java bench/WebhookLoad.java ...} from the project root by bench/webhook-load.sh.
 *
 * <p>It starts a stub of LINE's reply endpoint (counts replies per reply token), starts the real
 * jar as a child process pointing at the stub and a real Redis, and posts signed LINE-shaped
 * webhooks (one event each, questions from bench/questions.txt) to /callback and, for the ceiling
 * of the HTTP stack, the same signed bodies to the bench-only no-op endpoint of the same process.
 */
public class WebhookLoad {

  static final String SECRET = "bench-channel-secret";
  static final String NOOP = "/bench/noop";
  static final String REPLY = "/bench/reply";
  static final String CALLBACK = "/callback";

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    Path jar = Path.of(o.getOrDefault("jar", "target/junction-bot.jar"));
    Path data = Path.of(o.getOrDefault("data", "index-data"));
    String bigData = o.get("big-data");
    String redis = o.getOrDefault("redis", "redis://127.0.0.1:6379/13");
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "20"));
    int clients = Integer.parseInt(o.getOrDefault("clients", "32"));
    List<String> jvm = split(o.getOrDefault("jvm", ""));
    String jfr = o.get("jfr");
    Path out = o.containsKey("out") ? Path.of(o.get("out")) : null;
    int latency = Integer.parseInt(o.getOrDefault("line-latency-ms", "0"));
    String peer = o.get("peer");

    Report report = new Report();
    report.line("Settings: %d s per phase after %d s warm-up, %d closed-loop clients, LINE stub"
            + " answers after %d ms, app JVM options `%s`%s",
        seconds, warmup, clients, latency, String.join(" ", jvm), jfr == null ? "" : ", JFR on");
    Stub stub = Stub.start(latency);
    Events events = new Events(Questions.load(Path.of("bench/questions.txt")));

    boolean sample = !"false".equals(o.get("sample"));
    App app = sample ? App.start(jar, data, stub, redis, jvm, jfr, "sample") : null;
    try {
      if (!sample) {
        throw new SkipSample();
      }
      Load load = new Load(app.port, events, stub).watching(app);
      double startup = app.awaitFirstAnswer(load, stub);
      long rssIdle = app.rssKb();
      report.line("Sample data (%s): start-up to first answer %.1f s, RSS after start-up %d MB",
          data, startup, rssIdle / 1024);

      load.closed(CALLBACK, clients, warmup, false);
      load.closed(NOOP, clients, warmup / 2, false);
      long cpu0 = app.cpuMillis();
      Closed hook = load.closed(CALLBACK, clients, seconds, true);
      long cpu1 = app.cpuMillis();
      Check sat = load.check(hook);
      long cpu2 = app.cpuMillis();
      Closed noop = load.closed(NOOP, clients, seconds, false);
      long cpu3 = app.cpuMillis();
      report.saturation(hook, noop, sat);
      // Standby-mode events: the bot checks, parses and hands them off, and the worker drops them
      // at once. /callback's own work against the no-op, with nothing queued or answered.
      // Alternating, so that both see the same machine.
      Alternated ack = load.alternate(CALLBACK, true, clients, warmup / 2, seconds);
      report.line("Acknowledgement path (standby-mode events: signature check, parsing, hand-off;"
              + " the worker drops them), alternating with the no-op: /callback %.0f webhooks/s,"
              + " no-op %.0f requests/s: %.0f%%; %d refused or errors",
          ack.okPerSecond(), ack.noopPerSecond(), ack.percent(), ack.refusedOrErrors());
      // The least an answered webhook can cost: signature, parsing and one fixed reply to the
      // stub in the request thread; no queue, Redis, dialog or search. Alternating with the no-op.
      Alternated reply = load.alternate(REPLY, false, clients, warmup / 2, seconds);
      report.line("Reply-only ceiling (signature check, parsing, one fixed one-word text sent to the"
              + " LINE stub from the request thread; no queue, Redis, dialog or search), alternating"
              + " with the no-op: /bench/reply %.0f replies/s, no-op %.0f requests/s: %.0f%%;"
              + " %d errors",
          reply.okPerSecond(), reply.noopPerSecond(), reply.percent(), reply.refusedOrErrors());
      report.line("App CPU time (user+system) during saturation: %.2f ms per answered webhook,"
              + " %.3f ms per no-op request; %.0f%% of one core on /callback, %.0f%% on the no-op",
          (cpu1 - cpu0) / (double) Math.max(1, hook.answered()),
          (cpu3 - cpu2) / (double) Math.max(1, noop.ok()),
          (cpu1 - cpu0) / hook.seconds() / 10, (cpu3 - cpu2) / noop.seconds() / 10);

      double half = hook.answeredPerSecond() / 2;
      Open openHook = load.open(CALLBACK, half, seconds);
      Check open = load.check(openHook);
      Open openNoop = load.open(NOOP, half, seconds);
      report.open(half, openHook, openNoop, open);
      report.line("Sample data: RSS after the runs %d MB, peak (VmHWM) %d MB",
          app.rssKb() / 1024, app.hwmKb() / 1024);
      if (peer != null) {
        new PeerComparison(app, Path.of(peer), events, stub, report, clients, warmup, seconds)
            .run();
      }
    } catch (SkipSample skipped) {
      // only the 50,000-resource run
    } finally {
      if (app != null) {
        app.stop();
      }
    }

    if (bigData != null) {
      App big = App.start(jar, Path.of(bigData), stub, redis, jvm, jfr == null ? null
          : jfr.replace(".jfr", "-50k.jfr"), "50k");
      try {
        Load load = new Load(big.port, events, stub).watching(big);
        double startup = big.awaitFirstAnswer(load, stub);
        long rssIdle = big.rssKb();
        load.closed(CALLBACK, clients, warmup, false);
        Closed hook = load.closed(CALLBACK, clients, seconds, true);
        Check sat = load.check(hook);
        report.line("50,000 resources (%s): start-up to first answer %.1f s, RSS after start-up %d MB,"
            + " after %d s at saturation %d MB, peak (VmHWM) %d MB; saturation %.0f answered/s; %s",
            bigData, startup, rssIdle / 1024, seconds, big.rssKb() / 1024, big.hwmKb() / 1024,
            hook.answeredPerSecond(), sat);
      } finally {
        big.stop();
      }
    }
    stub.stop();
    report.print(out);
    System.exit(0);
  }

  /** {@code --sample false}: go straight to the 50,000-resource run. */
  static final class SkipSample extends Exception {}

  // ---------------------------------------------------------------------------------------------

  /** LINE's reply endpoint: counts replies per reply token and remembers when each first came. */
  static final class Stub {
    final HttpServer server;
    final Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();
    final Map<String, Long> firstAt = new ConcurrentHashMap<>();
    final LongAdder total = new LongAdder();

    private Stub(HttpServer server) {
      this.server = server;
    }

    static Stub start(int latencyMillis) throws IOException {
      // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
      // delayed ACK: about 40 ms per reply that real LINE does not add.
      System.setProperty("sun.net.httpserver.nodelay", "true");
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
      Stub stub = new Stub(server);
      server.setExecutor(Executors.newFixedThreadPool(64));
      server.createContext("/", exchange -> {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
          body = in.readAllBytes();
        }
        if (exchange.getRequestURI().getPath().equals("/v2/bot/message/reply")) {
          String token = field(new String(body, StandardCharsets.UTF_8), "replyToken");
          long now = System.nanoTime();
          stub.replies.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
          stub.firstAt.putIfAbsent(token, now);
          stub.total.increment();
        }
        if (latencyMillis > 0) {
          try {
            Thread.sleep(latencyMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        byte[] answer = "{\"sentMessages\":[]}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Line-Request-Id", "bench");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(answer);
        }
      });
      server.start();
      return stub;
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int count(String token) {
      AtomicInteger n = replies.get(token);
      return n == null ? 0 : n.get();
    }

    void stop() {
      server.stop(0);
    }

    static String field(String json, String name) {
      String key = "\"" + name + "\":\"";
      int at = json.indexOf(key);
      if (at < 0) {
        return "";
      }
      int from = at + key.length();
      return json.substring(from, json.indexOf('"', from));
    }
  }

  /** The real jar as a child process. */
  static final class App {
    final Process process;
    final int port;
    final long startedAt;

    private App(Process process, int port, long startedAt) {
      this.process = process;
      this.port = port;
      this.startedAt = startedAt;
    }

    static App start(Path jar, Path data, Stub stub, String redis, List<String> jvm, String jfr,
        String label) throws IOException {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      List<String> command = new ArrayList<>(List.of("java"));
      command.addAll(jvm);
      if (jfr != null) {
        command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
      }
      command.addAll(List.of("-jar", jar.toString(), "--junction.bench.noop-endpoint=true"));
      ProcessBuilder builder = new ProcessBuilder(command);
      Map<String, String> env = builder.environment();
      env.put("LINE_CHANNEL_SECRET", SECRET);
      env.put("LINE_CHANNEL_TOKEN", "bench-channel-token");
      env.put("LINE_API_BASE_URL", stub.url());
      env.put("REDIS_URL", redis);
      env.put("JUNCTION_DATA_DIR", data.toString());
      env.put("JUNCTION_PSEUDONYM_KEY", "bench-pseudonym-key");
      env.put("SERVER_PORT", Integer.toString(port));
      Path log = Path.of("target", "bench-app-" + label + ".log");
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      long started = System.nanoTime();
      return new App(builder.start(), port, started);
    }

    /** The echo peer (bench/peer, LINE's Node.js sample shape) as a child process. */
    static App startPeer(Path dir, Stub stub) throws IOException {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      ProcessBuilder builder = new ProcessBuilder("node", "index.js").directory(dir.toFile());
      Map<String, String> env = builder.environment();
      env.put("CHANNEL_SECRET", SECRET);
      env.put("CHANNEL_ACCESS_TOKEN", "bench-channel-token");
      env.put("LINE_API_BASE_URL", stub.url());
      env.put("PORT", Integer.toString(port));
      env.put("NODE_ENV", "production");
      Path log = Path.of("target", "bench-peer.log").toAbsolutePath();
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      long started = System.nanoTime();
      return new App(builder.start(), port, started);
    }

    /** Seconds from process start to the first reply at the stub for a question. */
    double awaitFirstAnswer(Load load, Stub stub) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      List<String> tokens = new ArrayList<>();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the process exited; see target/bench-*.log");
        }
        for (String token : tokens) {
          Long at = stub.firstAt.get(token);
          if (at != null) {
            return (at - startedAt) / 1e9;
          }
        }
        Events.Sent sent = load.events.question("居場所 高松");
        try {
          if (load.post(CALLBACK, sent.body()) == 200) {
            tokens.add(sent.token());
          }
        } catch (IOException notYetListening) {
          // keep knocking
        }
        Thread.sleep(20);
      }
      throw new IllegalStateException("no answer within 180 s");
    }

    /** User plus system CPU time of the process so far (from /proc, in clock ticks of 10 ms). */
    long cpuMillis() throws IOException {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    long rssKb() throws IOException {
      return status("VmRSS:");
    }

    long hwmKb() throws IOException {
      return status("VmHWM:");
    }

    private long status(String field) throws IOException {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
        }
      }
      return -1;
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Signed, LINE-shaped webhook bodies with one event each; every event has its own user. */
  static final class Events {
    private static final String[] TAPS = {"n=family", "n=find_place", "n=counters", "n=menu"};
    private final List<String> questions;
    private final String run = Long.toHexString(System.currentTimeMillis() & 0xffffffffL);
    private final AtomicLong seq = new AtomicLong();
    private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(() -> {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return m;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    Events(List<String> questions) {
      this.questions = questions;
    }

    record Sent(String token, String json, Body body) {
      Body redelivered(Events events) {
        return events.sign(json.replace("\"isRedelivery\":false", "\"isRedelivery\":true"));
      }

      Body standby(Events events) {
        return events.sign(json.replace("\"mode\":\"active\"", "\"mode\":\"standby\""));
      }
    }

    record Body(byte[] bytes, String signature) {}

    /** 80% typed questions, 10% quick-reply taps, 10% follows (new friends). */
    Sent next() {
      int roll = ThreadLocalRandom.current().nextInt(10);
      if (roll == 0) {
        return make("follow", "\"follow\":{\"isUnblocked\":false}");
      }
      if (roll == 1) {
        String data = TAPS[ThreadLocalRandom.current().nextInt(TAPS.length)];
        return make("postback", "\"postback\":{\"data\":\"" + data + "\"}");
      }
      return question(questions.get(ThreadLocalRandom.current().nextInt(questions.size())));
    }

    Sent nextQuestion() {
      return question(questions.get(ThreadLocalRandom.current().nextInt(questions.size())));
    }

    Sent question(String text) {
      long n = seq.incrementAndGet();
      return make("message", "\"message\":{\"id\":\"" + (100000000000L + n)
          + "\",\"type\":\"text\",\"quoteToken\":\"q" + n + "\",\"text\":\"" + text + "\"}");
    }

    private Sent make(String type, String payload) {
      long n = seq.incrementAndGet();
      String id = String.format("%s%024x", run, n);
      String token = "bt" + id;
      String event = "{\"type\":\"" + type + "\",\"mode\":\"active\",\"timestamp\":"
          + System.currentTimeMillis() + ",\"source\":{\"type\":\"user\",\"userId\":\"U" + id
          + "\"},\"webhookEventId\":\"01B" + id.toUpperCase(Locale.ROOT)
          + "\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\"" + token + "\","
          + payload + "}";
      String json = "{\"destination\":\"U0123456789abcdef0123456789abcdef\",\"events\":["
          + event + "]}";
      return new Sent(token, json, sign(json));
    }

    Body sign(String json) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      return new Body(bytes, Base64.getEncoder().encodeToString(mac.get().doFinal(bytes)));
    }
  }

  /** A closed-loop run: each client posts its next webhook as soon as the last one is answered. */
  record Closed(String path, double seconds, long ok, long busy, long errors, long answered,
      long duplicatesSent, List<Events.Sent> accepted, List<Events.Sent> refused) {
    double okPerSecond() {
      return ok / seconds;
    }

    double answeredPerSecond() {
      return answered / seconds;
    }
  }

  /** An open-loop run at a constant arrival rate; latency counts from each request's due time. */
  record Open(String path, double rate, long[] ackNanos, long[] answerNanos, long ok, long busy,
      long errors, List<Events.Sent> accepted, List<Events.Sent> refused, long lateStarts) {}

  /** Exactly-once check at the stub after the refused webhooks were redelivered. */
  record Check(int accepted, int redelivered, int lost, int twice) {
    @Override
    public String toString() {
      return String.format("%d accepted + %d refused then redelivered: %d lost, %d answered twice",
          accepted, redelivered, lost, twice);
    }
  }

  static final class Load {
    final int port;
    final Events events;
    final Stub stub;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();

    private Process app;
    private java.util.function.Supplier<Events.Sent> source;

    Load(int port, Events events, Stub stub) {
      this.port = port;
      this.events = events;
      this.stub = stub;
      this.source = events::next;
    }

    /** Only typed questions, the one kind of event the echo peer answers. */
    Load questionsOnly() {
      source = events::nextQuestion;
      return this;
    }

    HttpRequest request(String path, Events.Body body) {
      return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .header("X-Line-Signature", body.signature())
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
    }

    /** Makes every later request fail fast if this process has died (or was killed). */
    Load watching(App watched) {
      this.app = watched.process;
      return this;
    }

    int post(String path, Events.Body body) throws IOException, InterruptedException {
      if (app != null && !app.isAlive()) {
        throw new IllegalStateException("the app exited during the run (exit " + app.exitValue()
            + "); see target/bench-app-*.log");
      }
      return http.send(request(path, body), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * {@code path} and the no-op in three alternating rounds after a warm-up, so that both see the
     * same machine; {@code standby} sends standby-mode events.
     */
    Alternated alternate(String path, boolean standby, int clients, int warmup, int seconds)
        throws Exception {
      closed(path, clients, warmup, false, standby);
      double ok = 0;
      double noopOk = 0;
      long refusedOrErrors = 0;
      for (int round = 0; round < 3; round++) {
        Closed measured = closed(path, clients, Math.max(2, seconds / 3), false, standby);
        Closed noop = closed(NOOP, clients, Math.max(2, seconds / 3), false);
        ok += measured.okPerSecond();
        noopOk += noop.okPerSecond();
        refusedOrErrors += measured.errors() + measured.busy();
      }
      return new Alternated(ok / 3, noopOk / 3, refusedOrErrors);
    }

    Closed closed(String path, int clients, int seconds, boolean track) throws Exception {
      return closed(path, clients, seconds, track, false);
    }

    Closed closed(String path, int clients, int seconds, boolean track, boolean standby)
        throws Exception {
      System.err.printf("%s closed loop on %s for %d s%n", java.time.Instant.now(), path, seconds);
      AtomicBoolean stop = new AtomicBoolean();
      LongAdder ok = new LongAdder();
      LongAdder busy = new LongAdder();
      LongAdder errors = new LongAdder();
      LongAdder dups = new LongAdder();
      ConcurrentLinkedQueue<Events.Sent> accepted = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Events.Sent> refused = new ConcurrentLinkedQueue<>();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        threads.add(new Thread(() -> {
          while (!stop.get()) {
            Events.Sent sent = source.get();
            try {
              int code = post(path, standby ? sent.standby(events) : sent.body());
              if (code == 200) {
                ok.increment();
                if (track) {
                  accepted.add(sent);
                  // LINE sometimes delivers an event twice: 2% come again as a redelivery.
                  if (ThreadLocalRandom.current().nextInt(50) == 0) {
                    post(path, sent.redelivered(events));
                    dups.increment();
                  }
                }
              } else if (code == 503) {
                busy.increment();
                refused.add(sent);
              } else {
                errors.increment();
              }
            } catch (IOException e) {
              errors.increment();
            } catch (InterruptedException | IllegalStateException e) {
              return;
            }
          }
        }));
      }
      long answeredBefore = stub.total.sum();
      long start = System.nanoTime();
      threads.forEach(Thread::start);
      Thread.sleep(seconds * 1000L);
      long answered = stub.total.sum() - answeredBefore;
      double elapsed = (System.nanoTime() - start) / 1e9;
      stop.set(true);
      for (Thread t : threads) {
        t.join();
      }
      if (app != null && !app.isAlive()) {
        throw new IllegalStateException("the app exited during the run; see target/bench-app-*.log");
      }
      return new Closed(path, elapsed, ok.sum(), busy.sum(), errors.sum(), answered, dups.sum(),
          new ArrayList<>(accepted), new ArrayList<>(refused));
    }

    Open open(String path, double rate, int seconds) throws Exception {
      System.err.printf("%s open loop on %s at %.0f/s for %d s%n", java.time.Instant.now(), path,
          rate, seconds);
      int n = (int) (rate * seconds);
      List<Events.Sent> sent = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        sent.add(source.get());
      }
      long[] ack = new long[n];
      long[] due = new long[n];
      AtomicInteger done = new AtomicInteger();
      LongAdder ok = new LongAdder();
      LongAdder busy = new LongAdder();
      LongAdder errors = new LongAdder();
      ConcurrentLinkedQueue<Events.Sent> accepted = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Events.Sent> refused = new ConcurrentLinkedQueue<>();
      long late = 0;
      long start = System.nanoTime() + 50_000_000L;
      for (int i = 0; i < n; i++) {
        int k = i;
        due[k] = start + (long) (k * 1e9 / rate);
        long wait = due[k] - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        } else if (wait < -1_000_000L) {
          late++;
        }
        http.sendAsync(request(path, sent.get(k).body()), HttpResponse.BodyHandlers.discarding())
            .whenComplete((response, error) -> {
              ack[k] = System.nanoTime() - due[k];
              if (error != null) {
                errors.increment();
              } else if (response.statusCode() == 200) {
                ok.increment();
                accepted.add(sent.get(k));
              } else if (response.statusCode() == 503) {
                busy.increment();
                refused.add(sent.get(k));
              } else {
                errors.increment();
              }
              done.incrementAndGet();
            });
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (done.get() < n && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      long[] answer = new long[0];
      if (path.equals(CALLBACK)) {
        awaitAnswers(new ArrayList<>(accepted));
        List<Long> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Long at = stub.firstAt.get(sent.get(i).token());
          if (at != null) {
            answers.add(at - due[i]);
          }
        }
        answer = answers.stream().mapToLong(Long::longValue).toArray();
      }
      return new Open(path, rate, ack, answer, ok.sum(), busy.sum(), errors.sum(),
          new ArrayList<>(accepted), new ArrayList<>(refused), late);
    }

    Check check(Closed run) throws Exception {
      return check(run.accepted(), run.refused());
    }

    Check check(Open run) throws Exception {
      return check(run.accepted(), run.refused());
    }

    /** Redelivers what was refused (as LINE would), waits, then counts replies per event. */
    private Check check(List<Events.Sent> accepted, List<Events.Sent> refused) throws Exception {
      awaitAnswers(accepted);
      for (Events.Sent sent : refused) {
        int code = 0;
        for (int attempt = 0; attempt < 20 && code != 200; attempt++) {
          code = post(CALLBACK, sent.redelivered(events));
          if (code != 200) {
            Thread.sleep(100);
          }
        }
      }
      List<Events.Sent> all = new ArrayList<>(accepted);
      all.addAll(refused);
      awaitAnswers(all);
      Thread.sleep(1000);
      int lost = 0;
      int twice = 0;
      for (Events.Sent sent : all) {
        int count = stub.count(sent.token());
        lost += count == 0 ? 1 : 0;
        twice += count > 1 ? 1 : 0;
      }
      return new Check(accepted.size(), refused.size(), lost, twice);
    }

    /** Waits until every event has an answer, or answers stop coming for 5 s. */
    private void awaitAnswers(List<Events.Sent> sent) throws InterruptedException {
      long last = stub.total.sum();
      long quietSince = System.nanoTime();
      while (true) {
        boolean all = sent.stream().allMatch(s -> stub.count(s.token()) > 0);
        if (all) {
          return;
        }
        Thread.sleep(100);
        long now = stub.total.sum();
        if (now != last) {
          last = now;
          quietSince = System.nanoTime();
        } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(5)) {
          return;
        }
      }
    }
  }

  /**
   * The bot against the echo peer, in one run: the same stub, the same signed question webhooks
   * (typed questions only: the echo sample answers nothing else), the same clients, alternating
   * so that both see the same machine. Reports answered/s at saturation, CPU per answered
   * webhook, answer latency at half of the bot's saturation, exactly-once, and RSS.
   */
  static final class PeerComparison {
    private final App bot;
    private final Path dir;
    private final Events events;
    private final Stub stub;
    private final Report report;
    private final int clients;
    private final int warmup;
    private final int seconds;

    PeerComparison(App bot, Path dir, Events events, Stub stub, Report report, int clients,
        int warmup, int seconds) {
      this.bot = bot;
      this.dir = dir;
      this.events = events;
      this.stub = stub;
      this.report = report;
      this.clients = clients;
      this.warmup = warmup;
      this.seconds = seconds;
    }

    record Round(double answeredPerSecond, double cpuMillisPerAnswer) {}

    void run() throws Exception {
      App peer = App.startPeer(dir, stub);
      try {
        Load botLoad = new Load(bot.port, events, stub).watching(bot).questionsOnly();
        Load peerLoad = new Load(peer.port, events, stub).watching(peer).questionsOnly();
        double peerStartup = peer.awaitFirstAnswer(peerLoad, stub);
        botLoad.closed(CALLBACK, clients, warmup / 2, false);
        drain();
        peerLoad.closed(CALLBACK, clients, warmup / 2, false);
        drain();
        List<Round> botRounds = new ArrayList<>();
        List<Round> peerRounds = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
          botRounds.add(saturate(bot, botLoad));
          peerRounds.add(saturate(peer, peerLoad));
        }
        Round b = mean(botRounds);
        Round p = mean(peerRounds);
        report.line("Echo peer (bench/peer: express + @line/bot-sdk, one replyMessage per text"
                + " event before the 200), same stub, same signed question webhooks, %d clients,"
                + " 3 alternating rounds of %d s: start-up to first answer %.1f s",
            clients, Math.max(2, seconds / 3), peerStartup);
        report.line("Saturation, questions only: bot %.0f answered/s, peer %.0f answered/s:"
                + " bot/peer %.2f× (goal ≥ 1.0×)",
            b.answeredPerSecond(), p.answeredPerSecond(),
            b.answeredPerSecond() / p.answeredPerSecond());
        report.line("CPU (user+system) per answered webhook: bot %.2f ms, peer %.2f ms:"
                + " bot/peer %.2f× (goal ≤ 1.5×)",
            b.cpuMillisPerAnswer(), p.cpuMillisPerAnswer(),
            b.cpuMillisPerAnswer() / p.cpuMillisPerAnswer());
        double half = b.answeredPerSecond() / 2;
        Open botOpen = botLoad.open(CALLBACK, half, seconds);
        Check botCheck = botLoad.check(botOpen);
        drain();
        Open peerOpen = peerLoad.open(CALLBACK, half, seconds);
        Check peerCheck = peerLoad.check(peerOpen);
        report.line("Open loop at %.0f/s (half of the bot's saturation), answer at the stub: bot %s,"
                + " %s; peer %s, %s",
            half, Report.percentiles(botOpen.answerNanos()), botCheck,
            Report.percentiles(peerOpen.answerNanos()), peerCheck);
        report.line("RSS after the comparison: bot %d MB (peak %d MB), peer %d MB (peak %d MB)",
            bot.rssKb() / 1024, bot.hwmKb() / 1024, peer.rssKb() / 1024, peer.hwmKb() / 1024);
      } finally {
        peer.stop();
      }
    }

    /** One closed-loop round; CPU and answers include the queue draining after it. */
    private Round saturate(App app, Load load) throws Exception {
      long cpu0 = app.cpuMillis();
      long answered0 = stub.total.sum();
      Closed run = load.closed(CALLBACK, clients, Math.max(2, seconds / 3), false);
      drain();
      long cpu1 = app.cpuMillis();
      long answered = stub.total.sum() - answered0;
      return new Round(run.answeredPerSecond(), (cpu1 - cpu0) / (double) Math.max(1, answered));
    }

    /** Waits until the stub has had no reply for 300 ms (the bot answers after the 200). */
    private void drain() throws InterruptedException {
      long last = -1;
      while (stub.total.sum() != last) {
        last = stub.total.sum();
        Thread.sleep(300);
      }
    }

    private static Round mean(List<Round> rounds) {
      return new Round(
          rounds.stream().mapToDouble(Round::answeredPerSecond).average().orElse(0),
          rounds.stream().mapToDouble(Round::cpuMillisPerAnswer).average().orElse(0));
    }
  }

  /** Collects the result lines (Markdown) and prints them. */
  static final class Report {
    private final List<String> lines = new ArrayList<>();

    void line(String format, Object... args) {
      String text = String.format(Locale.ROOT, format, args);
      lines.add("- " + text);
      System.out.println("# " + text);
    }

    void saturation(Closed hook, Closed noop, Check check) {
      line("Saturation, /callback: %.0f webhooks acknowledged/s, %.0f answered/s at the stub "
              + "(%d refused with 503, %d errors, %d duplicate redeliveries sent); %s",
          hook.okPerSecond(), hook.answeredPerSecond(), hook.busy(), hook.errors(),
          hook.duplicatesSent(), check);
      line("Saturation, %s (same process, same signed bodies): %.0f requests/s (%d errors)",
          NOOP, noop.okPerSecond(), noop.errors());
      line("Webhook throughput (answered/s) / no-op ceiling: %.0f%%",
          100 * hook.answeredPerSecond() / noop.okPerSecond());
    }

    void open(double rate, Open hook, Open noop, Check check) {
      line("Open loop at %.0f/s (half of the webhook saturation), /callback: ack %s; "
              + "answer at the stub %s; %d late starts; %d refused, %d errors; %s",
          rate, percentiles(hook.ackNanos()), percentiles(hook.answerNanos()), hook.lateStarts(),
          hook.busy(), hook.errors(), check);
      line("Open loop at %.0f/s, %s: ack %s; %d late starts; %d errors", rate, NOOP,
          percentiles(noop.ackNanos()), noop.lateStarts(), noop.errors());
    }

    static String percentiles(long[] nanos) {
      if (nanos.length == 0) {
        return "n/a";
      }
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms (n=%d)",
          at(sorted, 0.50), at(sorted, 0.99), at(sorted, 0.999), sorted[sorted.length - 1] / 1e6,
          sorted.length);
    }

    private static double at(long[] sorted, double q) {
      int index = (int) Math.ceil(q * sorted.length) - 1;
      return sorted[Math.max(0, index)] / 1e6;
    }

    void print(Path out) throws IOException {
      String text = String.join("\n", lines) + "\n";
      if (out != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      }
    }
  }

  record Alternated(double okPerSecond, double noopPerSecond, long refusedOrErrors) {
    double percent() {
      return 100 * okPerSecond / noopPerSecond;
    }
  }

  static final class Questions {
    static List<String> load(Path file) throws IOException {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  static List<String> split(String words) {
    return words.isBlank() ? List.of() : Arrays.asList(words.trim().split("\\s+"));
  }
}
