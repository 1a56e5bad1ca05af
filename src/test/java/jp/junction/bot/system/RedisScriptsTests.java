package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Lua scripts in {@code src/main/resources/redis} name every key they touch in KEYS (a Redis
 * Cluster routes a script by its KEYS and refuses a key built inside it), and each is used by the
 * code, which holds no Lua of its own.
 */
class RedisScriptsTests {

  static final Path SCRIPTS = Path.of("src/main/resources/redis");
  static final Path CODE = Path.of("src/main/java");
  static final Pattern CALL = Pattern.compile("redis\\.call\\('(\\w+)',\\s*([^,)]+)");

  @Test
  void everyKeyAScriptTouchesComesFromKeys() throws IOException {
    List<String> built = new ArrayList<>();
    for (Path script : scripts()) {
      Matcher call = CALL.matcher(Files.readString(script));
      while (call.find()) {
        String key = call.group(2).strip();
        // PUBLISH names a channel, not a key: a cluster delivers it from any node.
        boolean channel = call.group(1).equals("publish");
        if (!channel && !key.startsWith("KEYS[") && !key.startsWith("unpack(KEYS")) {
          built.add(script.getFileName() + ": " + call.group(1) + " " + key);
        }
      }
    }
    assertThat(built).isEmpty();
  }

  @Test
  void everyScriptIsLoadedByTheCodeAndNoCodeHoldsLua() throws IOException {
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(CODE)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        code.append(Files.readString(file)).append('\n');
      }
    }
    for (Path script : scripts()) {
      String name = script.getFileName().toString().replace(".lua", "");
      assertThat(
              code.indexOf("\"redis/" + name + ".lua\"") >= 0
                  || code.indexOf("\"" + name + "\"") >= 0)
          .as(script + " is loaded somewhere")
          .isTrue();
    }
    assertThat(code.toString()).doesNotContain("redis.call(");
  }

  private static List<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      List<Path> lua = files.filter(f -> f.toString().endsWith(".lua")).sorted().toList();
      assertThat(lua).isNotEmpty();
      return lua;
    }
  }
}
