package jp.junction.bot;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One instance of the bot in its own JVM (the main classes and dependencies of this test run, not
 * the test classes), so that several instances share only Redis and can be killed like a real
 * process. Its log goes to {@code target/instance-<name>.log}.
 */
public final class BotProcess implements AutoCloseable {

  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Process process;
  private final int port;

  private BotProcess(String name, Process process, int port) {
    this.name = name;
    this.process = process;
    this.port = port;
  }

  /**
   * Starts an instance with these environment variables (LINE_*, REDIS_URL, ...) and Spring Boot
   * arguments ({@code --junction.notices.lease=2s}).
   */
  public static BotProcess start(String name, Map<String, String> environment, String... args)
      throws IOException {
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Quick to start and small: these instances live for a test only.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx256m",
                "-cp",
                mainClassPath(),
                JunctionBotApplication.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Instances share database 0 with other tests: no directory store unless a test asks for one.
    builder.environment().put("JUNCTION_DIRECTORY_ENABLED", "false");
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    Path log = Path.of("target", "instance-" + name + ".log");
    Files.createDirectories(log.getParent());
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new BotProcess(name, builder.start(), port);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Waits until the instance says it is ready for traffic (what a load balancer would ask). */
  public void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "instance "
                + name
                + " exited with "
                + process.exitValue()
                + "; see its log in target/");
      }
      try {
        HttpRequest health =
            HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build();
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (ConnectException notYetListening) {
        // still starting
      } catch (IOException e) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("instance " + name + " not ready within " + timeout);
  }

  /** Ends the process at once, as a crash or an OOM kill would (no graceful shutdown). */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private static String mainClassPath() {
    String separator = File.pathSeparator;
    return Arrays.stream(System.getProperty("java.class.path").split(separator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(separator));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
