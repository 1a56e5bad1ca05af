package jp.junction.bot.richmenu;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.booklet.JapaneseFont;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.DialogException;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.RichMenuApi;

/**
 * {@code richmenu --dry-run [--out DIR]} draws the menu of {@code dialogs/richmenu.yml} and writes
 * {@code richmenu.png} and {@code richmenu.json}; {@code richmenu --apply} also checks it with
 * LINE, creates it, uploads the image, makes it the default and deletes the menus this command made
 * before (named {@link RichMenuJson#NAME_PREFIX}; menus made elsewhere are left alone). Runs
 * without the web server or Redis; {@code --apply} needs {@code LINE_CHANNEL_TOKEN}.
 */
public final class RichMenuCommand {

  static final String NAME = "richmenu";
  private static final String PNG = "image/png";

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final CommandWords words = new CommandWords();

  RichMenuCommand(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /** True when {@code args[0]} is {@code richmenu}. */
  public static boolean handles(String[] args) {
    return args.length > 0 && args[0].equals(NAME);
  }

  /** Runs the command with the process's environment; returns the exit code. */
  public static int run(String[] args) {
    System.setProperty("logback.configurationFile", "search/cli-logback.xml");
    return new RichMenuCommand(System.getenv(), System.out, System.err).run(List.of(args));
  }

  int run(List<String> args) {
    List<String> options = args.subList(1, args.size());
    boolean apply = options.contains("--apply");
    boolean dryRun = options.contains("--dry-run");
    Path folder = Path.of(env.getOrDefault("JUNCTION_DIALOGS_DIR", "dialogs"));
    Path outDir = Path.of("target", "richmenu");
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      if (option.equals("--out") && i + 1 < options.size()) {
        outDir = Path.of(options.get(++i));
      } else if (!option.equals("--apply") && !option.equals("--dry-run")) {
        return usage();
      }
    }
    if (apply == dryRun) {
      return usage();
    }
    String token = env.getOrDefault("LINE_CHANNEL_TOKEN", "").strip();
    if (apply && token.isEmpty()) {
      err.println(words.get("richmenu.no-token"));
      return 2;
    }
    Drawn drawn;
    try {
      Optional<Drawn> menu = draw(folder);
      if (menu.isEmpty()) {
        err.println(words.get("richmenu.no-file", folder.resolve(RichMenuReader.FILE)));
        return 2;
      }
      drawn = menu.get();
    } catch (DialogException e) {
      err.println(words.get("richmenu.broken", e.getMessage()));
      return 2;
    } catch (JapaneseFont.MissingFont e) {
      err.println(words.get("richmenu.no-font", e.getMessage()));
      return 2;
    }
    if (drawn.png().length > LineLimits.RICH_MENU_IMAGE_BYTES) {
      err.println(
          words.get("richmenu.too-large", drawn.png().length, LineLimits.RICH_MENU_IMAGE_BYTES));
      return 2;
    }
    return apply ? apply(token, drawn) : write(outDir, drawn);
  }

  /** The menu, its image and its JSON object. */
  record Drawn(RichMenu menu, byte[] png, byte[] json) {}

  static Optional<Drawn> draw(Path folder) {
    DialogContent dialogs =
        new DialogContent(
            new ConversationSettings(folder, Duration.ofMinutes(30), "search", "search.location"));
    return new RichMenuReader(dialogs)
        .read(folder)
        .map(
            menu -> {
              byte[] png = RichMenuImage.png(menu);
              return new Drawn(menu, png, RichMenuJson.of(menu, png));
            });
  }

  private int write(Path dir, Drawn drawn) {
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve("richmenu.png"), drawn.png());
      Files.write(dir.resolve("richmenu.json"), drawn.json());
    } catch (IOException e) {
      err.println(words.get("richmenu.cannot-write", dir, e.getMessage()));
      return 1;
    }
    out.println(
        words.get(
            "richmenu.written",
            dir.resolve("richmenu.png"),
            dir.resolve("richmenu.json"),
            drawn.menu().areas().size(),
            drawn.png().length));
    return 0;
  }

  private int apply(String token, Drawn drawn) {
    URI api;
    URI data;
    try {
      api = baseUrl("LINE_API_BASE_URL", "https://api.line.me");
      data = baseUrl("LINE_API_DATA_BASE_URL", "https://api-data.line.me");
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    RichMenuApi line = new RichMenuApi(token, api, data, Duration.ofSeconds(20));
    try {
      return new RichMenuSwap(line, words, out).apply(drawn.json(), drawn.png(), PNG);
    } catch (RichMenuApi.Refused e) {
      err.println(
          words.get(
              e.status() == 401 ? "richmenu.token-refused" : "richmenu.refused", e.getMessage()));
      return 1;
    }
  }

  private URI baseUrl(String variable, String fallback) {
    String value = env.getOrDefault(variable, fallback).strip();
    try {
      URI uri = URI.create(value);
      if (uri.getHost() == null
          || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        throw new IllegalArgumentException(value);
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(words.get("richmenu.bad-url", variable, value), e);
    }
  }

  private int usage() {
    err.println(words.get("richmenu.usage"));
    return 2;
  }
}
