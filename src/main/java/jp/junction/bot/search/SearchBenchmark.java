package jp.junction.bot.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The speed benchmark (a plain harness, not a unit test): index build time, heap after load and
 * single-thread latency p50/p99 over a query file. See bench/README.md for the command.
 */
final class SearchBenchmark {

  private SearchBenchmark() {}

  static int command(Map<String, String> options, PrintStream out) throws IOException {
    Path data = Path.of(SearchCommand.required(options, "data"));
    List<String[]> queries = SearchCommand.queries(Path.of(SearchCommand.required(options, "queries")));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "50"));
    Runtime runtime = Runtime.getRuntime();
    gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    try (LuceneResourceSearch search =
        new LuceneResourceSearch(data, null, Clock.system(ZoneId.of("Asia/Tokyo")))) {
      long buildMs = (System.nanoTime() - start) / 1_000_000;
      gc();
      long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
      long loadMb = Math.max(0, (runtime.totalMemory() - runtime.freeMemory() - heapBefore)) / (1024 * 1024);
      List<SearchRequest> requests = new ArrayList<>();
      for (String[] q : queries) {
        requests.add(new SearchRequest(q[1], number(q[2]), number(q[3]), 0, 10));
      }
      for (int i = 0; i < Math.max(5, rounds / 5); i++) {
        requests.forEach(search::search);
      }
      long[] nanos = new long[requests.size() * rounds];
      int n = 0;
      for (int round = 0; round < rounds; round++) {
        for (SearchRequest request : requests) {
          long t = System.nanoTime();
          search.search(request);
          nanos[n++] = System.nanoTime() - t;
        }
      }
      Arrays.sort(nanos);
      out.printf(
          "resources=%d build_ms=%d heap_after_load_mb=%d (search data %d MB) queries=%d rounds=%d"
              + " p50_ms=%.3f p99_ms=%.3f max_ms=%.3f%n",
          search.size(), buildMs, heapMb, loadMb, requests.size(), rounds,
          nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
          nanos[nanos.length - 1] / 1e6);
    }
    return 0;
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
