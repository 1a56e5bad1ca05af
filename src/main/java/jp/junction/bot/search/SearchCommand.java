package jp.junction.bot.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.exchange.ExchangeFormatException;

/**
 * Command-line entry points that run without the web server or Redis: {@code search --data DIR
 * --queries FILE --top N} prints {@code qid<TAB>rank<TAB>resource_id} per hit; {@code search-bench}
 * and {@code search-corpus} run the speed benchmark (see bench/README.md).
 */
public final class SearchCommand {

  private static final Set<String> COMMANDS = Set.of("search", "search-bench", "search-corpus");

  private SearchCommand() {}

  /** True when {@code args[0]} names one of these commands. */
  public static boolean handles(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  /** Runs the command and returns the process exit code. */
  public static int run(String[] args) {
    System.setProperty("logback.configurationFile", "search/cli-logback.xml");
    Map<String, String> options = options(args);
    try {
      return switch (args[0]) {
        case "search" -> search(options, System.out);
        case "search-corpus" -> SyntheticCorpus.command(options, System.out);
        default -> SearchBenchmark.command(options, System.out);
      };
    } catch (IllegalArgumentException | IOException | ExchangeFormatException e) {
      System.err.println(args[0] + ": " + e.getMessage());
      return 2;
    }
  }

  static int search(Map<String, String> options, PrintStream out) throws IOException {
    Path data = Path.of(required(options, "data"));
    Path queries = Path.of(required(options, "queries"));
    int top = Integer.parseInt(options.getOrDefault("top", "10"));
    Charset charset =
        options.containsKey("charset") ? Charset.forName(options.get("charset")) : null;
    try (LuceneResourceSearch search =
        new LuceneResourceSearch(new DataSettings(data), charset, Clock.systemUTC())) {
      StringBuilder lines = new StringBuilder();
      for (String[] query : queries(queries)) {
        SearchResult result =
            search.search(new SearchRequest(query[1], number(query, 2), number(query, 3), 0, top));
        int rank = 1;
        if (options.containsKey("explain")) {
          lines
              .append("# ")
              .append(query[0])
              .append(' ')
              .append(result.understanding())
              .append(' ')
              .append(result.widening())
              .append('\n');
        }
        for (SearchResult.Hit hit : result.hits()) {
          lines
              .append(query[0])
              .append('\t')
              .append(rank++)
              .append('\t')
              .append(hit.resource().id());
          if (options.containsKey("explain")) {
            lines.append(
                String.format(
                    "\t%.3f\t%s\t%s",
                    hit.score(), hit.resource().municipality(), hit.resource().name()));
          }
          lines.append('\n');
        }
      }
      out.print(lines);
      out.flush();
    }
    return 0;
  }

  /** Rows of a {@code qid text lat lon} file, header skipped; short rows padded. */
  static List<String[]> queries(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.stream()
        .skip(1)
        .filter(line -> !line.isBlank())
        .map(line -> java.util.Arrays.copyOf(line.split("\t", -1), 4))
        .toList();
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      options.put(name, i + 1 < args.length ? args[++i] : "");
    }
    return options;
  }

  static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static Double number(String[] row, int column) {
    String cell = row[column];
    return cell == null || cell.isBlank() ? null : Double.valueOf(cell.strip());
  }
}
