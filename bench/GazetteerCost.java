import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jp.junction.bot.places.Gazetteer;

/**
 * What the wider gazetteer costs: run in a fresh JVM per measurement by bench/gazetteer-cost.sh.
 * "base" reads only municipalities.csv and prefectures.csv (the gazetteer before districts,
 * regions and kanji readings); "full" is Gazetteer.fromClasspath() as the bot loads it. Prints the
 * load's wall and CPU time, the heap it retains (used heap after full GCs, with the gazetteer held,
 * minus before), and for "full" the time of mentions() over the given questions.
 */
public class GazetteerCost {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    var threads = ManagementFactory.getThreadMXBean();
    long before = usedAfterGc();
    long wall = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    ClassLoader cl = GazetteerCost.class.getClassLoader();
    Gazetteer g =
        mode.equals("base")
            ? Gazetteer.read(
                cl.getResourceAsStream("places/municipalities.csv"),
                cl.getResourceAsStream("places/prefectures.csv"))
            : Gazetteer.fromClasspath();
    double wallMs = (System.nanoTime() - wall) / 1e6;
    double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
    long after = usedAfterGc();
    String line =
        String.format(
            "%s load wall %.0f ms, cpu %.0f ms, retained heap %.1f MB (districts %d, regions %d)",
            mode, wallMs, cpuMs, (after - before) / 1e6, g.districtCount(), g.regions().size());
    if (args.length > 1) {
      List<String> questions =
          Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
      for (int warm = 0; warm < 20; warm++) {
        questions.forEach(g::mentions);
      }
      long[] times = new long[questions.size() * 10];
      int n = 0;
      for (int r = 0; r < 10; r++) {
        for (String q : questions) {
          long t = System.nanoTime();
          g.mentions(q);
          times[n++] = System.nanoTime() - t;
        }
      }
      Arrays.sort(times);
      line +=
          String.format(
              "; mentions() over %d questions: p50 %.3f ms, p99 %.3f ms",
              questions.size(), times[n / 2] / 1e6, times[(int) (n * 0.99)] / 1e6);
    }
    System.out.println(line + (g.municipalities().isEmpty() ? "" : ""));
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
