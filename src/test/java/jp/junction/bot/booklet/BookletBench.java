package jp.junction.bot.booklet;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.junction.bot.places.Areas;

/**
 * The booklet benchmark (bench/BOOKLET.md): a booklet of 300 entries for 香川県高松市, several times;
 * prints wall and CPU time and the heap it needed above what was in use before. Writes the last
 * booklet to the path given (for pdftoppm). Not a test: run it as bench/BOOKLET.md says.
 */
final class BookletBench {

  private BookletBench() {}

  public static void main(String[] args) throws Exception {
    Booklets booklets = BookletFixture.booklets(BookletFixture.kagawa(375));
    List<Areas.Area> area = List.of(new Areas.Area("香川県", "高松市"));
    int entries = booklets.list(area).size();
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    byte[] pdf = null;
    for (BookletFormat format : List.of(BookletFormat.A5, BookletFormat.A6, BookletFormat.A5)) {
      for (int run = 0; run < 3; run++) {
        System.gc();
        long before = heapUsed();
        resetPeaks();
        long cpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        pdf = booklets.pdf(area, format);
        long wall = System.nanoTime() - start;
        System.out.printf(
            "%s entries=%d pages=%s wall=%.0f ms cpu=%.0f ms allocated=%.0f MB peak-extra-heap=%.0f"
                + " MB size=%d KB%n",
            format,
            entries,
            pages(pdf),
            wall / 1e6,
            (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
            (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6,
            (peakHeap() - before) / 1e6,
            pdf.length / 1024);
      }
    }
    if (args.length > 0) {
      Files.write(Path.of(args[0]), pdf);
    }
  }

  private static String pages(byte[] pdf) throws Exception {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return Integer.toString(doc.getNumberOfPages());
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks since the reset (an upper bound of the heap in use at once). */
  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }
}
