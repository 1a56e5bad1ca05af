package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The delivery benchmark (not part of the test suite; see bench/notices/README.md): N subscribers
 * of one area, one notice, against {@link LoopbackLine} with or without a 200 requests/s limit.
 * Measures time to enqueue (snapshot into batches), time to deliver, Redis bytes per subscriber and
 * the bot's peak heap while delivering. Run with {@code -Dbench.sizes=10000,100000
 * -Dbench.limit=200|0}.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.notices.poll=10ms",
      "junction.redis.command-timeout=5s",
      "junction.notices.workers=${bench.workers:16}",
      "logging.level.root=WARN"
    })
class NoticeDeliveryBenchmark {

  private static final Logger log = LoggerFactory.getLogger(NoticeDeliveryBenchmark.class);
  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final int LIMIT = Integer.getInteger("bench.limit", 200);
  static final LoopbackLine line = new LoopbackLine(LIMIT);
  static StringRedisTemplate cleanup;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
    registry.add("junction.line.channel-secret", () -> "bench-secret");
    registry.add("junction.line.channel-token", () -> "bench-token");
    registry.add("junction.line.api-base-url", line::baseUrl);
    registry.add("junction.notices.requests-per-second", () -> LIMIT > 0 ? LIMIT : 100_000);
  }

  @Autowired Notices notices;
  @Autowired Subscriptions subscriptions;
  @Autowired StringRedisTemplate redis;

  @AfterAll
  static void stop() {
    line.stop();
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void deliverToManySubscribers() throws Exception {
    cleanup = redis;
    List<String> lines = new ArrayList<>();
    lines.add(
        "limit_rps\tsubscribers\tseed_s\tenqueue_s\tdeliver_s\trequests\t429s"
            + "\tredis_bytes_per_subscriber\theap_before_mb\theap_peak_mb\theap_after_gc_mb"
            + "\tsend_window_s\tload_avg");
    for (String size : System.getProperty("bench.sizes", "10000,100000").split(",")) {
      lines.add(run(Integer.parseInt(size.strip())));
      FeatureTestSupport.deleteKeys(redis, PREFIX);
    }
    Path out = Path.of("bench/out");
    Files.createDirectories(out);
    Files.write(out.resolve("notices-limit-" + LIMIT + ".tsv"), lines);
    log.warn("Benchmark results:\n{}", String.join("\n", lines));
  }

  private String run(int n) throws Exception {
    line.firstMillis.set(Long.MAX_VALUE);
    long accepted0 = line.accepted.get();
    long recipients0 = line.recipients.get();
    long tooMany0 = line.tooMany.get();
    long t0 = System.nanoTime();
    seed(n);
    double seed = seconds(t0);
    long bytes = subscriberBytes();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(heapBefore);
    ExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    ((java.util.concurrent.ScheduledExecutorService) sampler)
        .scheduleAtFixedRate(
            () -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
            0,
            20,
            TimeUnit.MILLISECONDS);

    long t1 = System.nanoTime();
    String id =
        notices
            .schedule(
                "e1",
                new NoticeRequest(
                    List.of(new Areas.Area("香川県", "高松市")), false, Set.of(), null, false))
            .id();
    double enqueue = -1;
    while (true) {
      NoticeStatus s = notices.status(id).orElseThrow();
      if (enqueue < 0 && !NoticeState.SCHEDULED.equals(s.status())) {
        enqueue = seconds(t1);
      }
      if (NoticeState.DONE.equals(s.status())) {
        break;
      }
      Thread.sleep(5);
    }
    double deliver = seconds(t1);
    sampler.shutdownNow();
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();
    double window = (line.lastMillis.get() - line.firstMillis.get()) / 1000.0;
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    NoticeStatus done = notices.status(id).orElseThrow();
    assertThat(done.delivered()).isEqualTo(n);
    assertThat(line.recipients.get() - recipients0).isEqualTo(n);
    return String.join(
        "\t",
        String.valueOf(LIMIT),
        String.valueOf(n),
        fmt(seed),
        fmt(enqueue),
        fmt(deliver),
        String.valueOf(line.accepted.get() - accepted0),
        String.valueOf(line.tooMany.get() - tooMany0),
        String.valueOf(bytes / n),
        String.valueOf(heapBefore / 1_000_000),
        String.valueOf(peak.get() / 1_000_000),
        String.valueOf(heapAfter / 1_000_000),
        fmt(window),
        load);
  }

  /** Subscribes through the product path, from several threads. */
  private void seed(int n) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    for (int i = 0; i < n; i++) {
      String user = "U" + String.format("%032x", i);
      pool.submit(
          () -> subscriptions.subscribe(user, List.of("香川県/高松市"), EnumSet.allOf(Audience.class)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
  }

  /** Bytes Redis holds for the subscriptions (MEMORY USAGE of every key of this run). */
  private long subscriberBytes() {
    Set<String> keys = new HashSet<>();
    try (Cursor<String> c =
        redis.scan(ScanOptions.scanOptions().match(PREFIX + "notices:*").count(10_000).build())) {
      c.forEachRemaining(keys::add);
    }
    var script =
        org.springframework.data.redis.core.script.RedisScript.of(
            """
            local s = 0
            for _, k in ipairs(KEYS) do s = s + (redis.call('MEMORY', 'USAGE', k) or 0) end
            return s
            """,
            Long.class);
    List<String> all = new ArrayList<>(keys);
    long total = 0;
    for (int i = 0; i < all.size(); i += 1000) {
      total += redis.execute(script, all.subList(i, Math.min(all.size(), i + 1000)));
    }
    return total;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String fmt(double value) {
    return String.format("%.3f", value);
  }
}
