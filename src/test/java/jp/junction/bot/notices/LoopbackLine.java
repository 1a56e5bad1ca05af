package jp.junction.bot.notices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal LINE multicast stub on loopback for the benchmark: answers 200, or 429 beyond {@code
 * limit} requests in one wall-clock second (0 = no limit), and counts what it got.
 */
final class LoopbackLine {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final int limit;
  private final ConcurrentHashMap<Long, AtomicLong> perSecond = new ConcurrentHashMap<>();
  final AtomicLong accepted = new AtomicLong();
  final AtomicLong recipients = new AtomicLong();
  final AtomicLong tooMany = new AtomicLong();
  final Set<String> retryKeys = ConcurrentHashMap.newKeySet();
  final AtomicLong firstMillis = new AtomicLong(Long.MAX_VALUE);
  final AtomicLong lastMillis = new AtomicLong();

  LoopbackLine(int limit) {
    this.limit = limit;
    // Without TCP_NODELAY the JDK server's split header/body writes meet delayed ACKs (~40 ms
    // each).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    long second = System.currentTimeMillis() / 1000;
    long n = perSecond.computeIfAbsent(second, s -> new AtomicLong()).incrementAndGet();
    int status = 200;
    if (limit > 0 && n > limit) {
      status = 429;
      tooMany.incrementAndGet();
    } else {
      JsonNode json = JSON.readTree(body);
      accepted.incrementAndGet();
      long now = System.currentTimeMillis();
      firstMillis.accumulateAndGet(now, Math::min);
      lastMillis.accumulateAndGet(now, Math::max);
      recipients.addAndGet(json.get("to").size());
      retryKeys.add(exchange.getRequestHeaders().getFirst("X-Line-Retry-Key"));
    }
    byte[] answer =
        (status == 200 ? "{}" : "{\"message\":\"rate limit\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("X-Line-Request-Id", "bench");
    exchange.sendResponseHeaders(status, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }
}
