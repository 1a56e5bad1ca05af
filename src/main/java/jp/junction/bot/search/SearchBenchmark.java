package jp.junction.bot.search;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.junction.bot.exchange.DataSettings;

/**
 * The speed benchmark (a plain harness, not a unit test): index build time, heap after load and
 * single-thread latency p50/p99 over a query file. See bench/README.md for the command.
 */
final class SearchBenchmark {

  private SearchBenchmark() {}

  static int command(Map<String, String> options, PrintStream out) throws IOException {
    Path data = Path.of(SearchCommand.required(options, "data"));
    List<String[]> queries =
        SearchCommand.queries(Path.of(SearchCommand.required(options, "queries")));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "50"));
    Runtime runtime = Runtime.getRuntime();
    gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    try (LuceneResourceSearch search =
        new LuceneResourceSearch(new DataSettings(data), null, Clock.systemUTC())) {
      long buildMs = (System.nanoTime() - start) / 1_000_000;
      long buildCpuMs = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
      gc();
      long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
      long loadMb =
          Math.max(0, (runtime.totalMemory() - runtime.freeMemory() - heapBefore)) / (1024 * 1024);
      List<SearchRequest> requests = new ArrayList<>();
      for (String[] q : queries) {
        requests.add(new SearchRequest(q[1], number(q[2]), number(q[3]), 0, 10));
      }
      for (int i = 0; i < Math.max(5, rounds / 5); i++) {
        requests.forEach(search::search);
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] wall = new long[requests.size() * rounds];
      long[] cpu = new long[wall.length];
      int n = 0;
      for (int round = 0; round < rounds; round++) {
        for (SearchRequest request : requests) {
          long c = threads.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          search.search(request);
          wall[n] = System.nanoTime() - t;
          cpu[n++] = threads.getCurrentThreadCpuTime() - c;
        }
      }
      if (options.containsKey("per-query")) {
        for (int i = 0; i < requests.size(); i++) {
          long sum = 0;
          for (int round = 0; round < rounds; round++) {
            sum += cpu[round * requests.size() + i];
          }
          out.printf("%s\t%.3f ms\t%s%n", queries.get(i)[0], sum / 1e6 / rounds, queries.get(i)[1]);
        }
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      out.printf(
          "resources=%d build_ms=%d (cpu %d ms, all threads) heap_after_load_mb=%d (search data %d MB) queries=%d rounds=%d"
              + " wall p50_ms=%.3f p99_ms=%.3f | thread-cpu p50_ms=%.3f p99_ms=%.3f%n",
          search.size(),
          buildMs,
          buildCpuMs,
          heapMb,
          loadMb,
          requests.size(),
          rounds,
          percentile(wall, 0.50),
          percentile(wall, 0.99),
          percentile(cpu, 0.50),
          percentile(cpu, 0.99));
    }
    return 0;
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
  }

  private static Double number(String cell) {
    return cell == null || cell.isBlank() ? null : Double.valueOf(cell.strip());
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }
}
