package jp.junction.bot.admin;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.exchange.ExchangeWriter;
import jp.junction.bot.search.ResourceCells;
import jp.junction.testing.TestRedis;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The import benchmark (bench/IMPORT.md): 50,000 rows as .xlsx and as CSV, previewed against the
 * directory (read, checked, compared), applied through the store, then previewed again (nothing
 * changes); prints wall and CPU time, the bytes allocated and the heap's peak above what was in use
 * before, per step. The whole bot runs on the test Redis under a prefix of its own, deleted at the
 * end. Not a test: run it as bench/IMPORT.md says.
 */
final class ImportBench {

  private static final String[][] TOWNS = {
    {"香川県", "高松市"}, {"香川県", "丸亀市"}, {"香川県", "坂出市"}, {"群馬県", "前橋市"}, {"群馬県", "高崎市"}
  };

  private ImportBench() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    String prefix = FeatureTestSupport.uniquePrefix();
    List<String> header = new ArrayList<>(ResourceCells.COLUMNS);
    header.add("status");
    List<List<String>> table = rows(rows, header);
    byte[] xlsx = ExchangeWriter.xlsx("directory", header, table);
    byte[] csv = ExchangeWriter.csv(header, table);
    System.out.printf(
        "rows=%d xlsx=%.1f MB csv=%.1f MB%n", rows, xlsx.length / 1e6, csv.length / 1e6);
    try (ConfigurableApplicationContext bot = bot(prefix)) {
      DirectoryImport planner = bot.getBean(DirectoryImport.class);
      DirectoryStore store = bot.getBean(DirectoryStore.class);
      Authentication who = new UsernamePasswordAuthenticationToken("bench", null, List.of());
      try {
        measure("preview xlsx (all new)", () -> summary(planner.plan("b.xlsx", xlsx, who)));
        ImportPlan plan = planner.plan("b.csv", csv, who);
        measure("preview csv (all new)", () -> summary(planner.plan("b.csv", csv, who)));
        measure(
            "apply (steps of 500)",
            () -> store.applyInSteps(plan.writes(), "bench", 500) + " written");
        measure("preview xlsx again (no change)", () -> summary(planner.plan("b.xlsx", xlsx, who)));
      } finally {
        FeatureTestSupport.deleteKeys(bot.getBean(StringRedisTemplate.class), prefix);
      }
    }
  }

  private static String summary(ImportPlan plan) {
    return plan.added().size()
        + " added, "
        + plan.changed().size()
        + " changed, "
        + plan.unchanged()
        + " unchanged, "
        + plan.errors().size()
        + " errors";
  }

  private static void measure(String step, Supplier<String> work) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    heap().forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpu = threads.getCurrentThreadCpuTime();
    long allocated = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    String result = work.get();
    long wall = System.nanoTime() - start;
    long peak = heap().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "%-32s wall=%6.0f ms cpu=%6.0f ms allocated=%5.0f MB peak-extra-heap=%4.0f MB  %s%n",
        step,
        wall / 1e6,
        (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
        (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6,
        (peak - before) / 1e6,
        result);
  }

  private static List<MemoryPoolMXBean> heap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  /** Fictional but valid entries spread over five towns, with the cells real ones fill. */
  private static List<List<String>> rows(int count, List<String> header) {
    List<List<String>> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String[] town = TOWNS[i % TOWNS.length];
      List<String> row = new ArrayList<>(header.size());
      for (String column : header) {
        row.add(
            switch (column) {
              case "id" -> "bench-" + i;
              case "name" -> town[1] + "のベンチ居場所 " + i;
              case "name_kana" -> "ベンチイバショ";
              case "category" -> i % 3 == 0 ? "ibasho|peer" : "consultation";
              case "audience" -> "self|family";
              case "coverage" -> "local";
              case "prefecture" -> town[0];
              case "municipality" -> town[1];
              case "address" -> town[0] + town[1] + "中央町" + (i % 90 + 1) + "-" + (i % 7 + 1);
              case "lat" -> "34.34";
              case "lon" -> "134.04";
              case "phone" -> "087-000-" + String.format("%04d", i % 10_000);
              case "url" -> "https://example.jp/bench/" + i;
              case "hours" -> "毎週火・金 13:00-17:00";
              case "online", "reservation_required", "women_only" -> "false";
              case "anonymous_ok" -> "true";
              case "fee" -> "無料";
              case "description" -> "ひきこもりの本人と家族のための居場所です。予約なしで来られます。" + i;
              case "keywords" -> "居場所|ひきこもり|家族";
              case "updated" -> "2026-09-01";
              case "status" -> "active";
              default -> "";
            });
      }
      rows.add(row);
    }
    return rows;
  }

  private static ConfigurableApplicationContext bot(String prefix) {
    return new SpringApplicationBuilder(FeatureTestApp.class)
        .web(WebApplicationType.SERVLET)
        .run(
            "--server.port=0",
            "--junction.admin.user=bench",
            "--junction.admin.password=bench-password-long",
            "--junction.redis.url=redis://127.0.0.1:6379/" + TestRedis.DATABASE,
            "--junction.privacy.pseudonym-key=bench-pseudonym-key",
            "--junction.events.key-prefix=" + prefix + "events:",
            "--junction.notices.key-prefix=" + prefix + "notices:",
            "--junction.accounts.key-prefix=" + prefix + "staff:",
            "--junction.directory.enabled=true",
            "--junction.directory.key-prefix=" + prefix + "{directory}:",
            "--junction.staff-import.key-prefix=" + prefix + "staff-import:",
            "--junction.line.channel-secret=bench-secret",
            "--junction.line.channel-token=bench-token",
            "--junction.line.api-base-url=http://127.0.0.1:9");
  }
}
