package jp.junction.bot.system;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How request bodies are read ({@code junction.web.*}): without holding a server thread while the
 * bytes arrive, within {@code bodyTimeout}, at most {@code maxBody}, and at most {@code maxUploads}
 * still arriving at once (the oldest gives way to a newcomer, so slow senders cannot keep a LINE
 * webhook from being read).
 *
 * @param bodyTimeout a body must have arrived whole within this time after the headers (408)
 * @param maxBody larger bodies are refused (413) before they are buffered
 * @param maxUploads bodies still arriving at once; past it the one that started first is dropped
 * @param filePaths the paths that take a staff member's file (the directory import), which may be
 *     as large as {@code maxFile} and take {@code fileTimeout} to arrive
 * @param maxFile the largest body those paths take (the file and the form around it)
 * @param fileTimeout how long such a body may take to arrive
 * @param fileTooLarge the staff page a signed-in browser is sent to (303) when its file is larger
 *     than {@code maxFile}: the workspace's own page that says the limit and what to do
 * @param drainFile such a file's bytes, up to this many, are let arrive and thrown away before the
 *     answer (a browser still sending its upload shows a connection error instead of any answer);
 *     larger ones are answered at once
 */
@Validated
@ConfigurationProperties("junction.web")
public record BodySettings(
    @DefaultValue("10s") Duration bodyTimeout,
    @DefaultValue("2MB") DataSize maxBody,
    @DefaultValue("64") @Min(1) int maxUploads,
    @DefaultValue("/admin/directory/import") java.util.List<String> filePaths,
    @DefaultValue("32MB") DataSize maxFile,
    @DefaultValue("120s") Duration fileTimeout,
    @DefaultValue("/admin/directory/import/too-large") String fileTooLarge,
    @DefaultValue("256MB") DataSize drainFile) {

  /** The most bytes of a refused file that are read and thrown away. */
  long maxDrain() {
    return drainFile.toBytes();
  }

  /** The largest body a request to {@code path} may send. */
  long maxBody(String path) {
    return filePaths.contains(path) ? maxFile.toBytes() : maxBody.toBytes();
  }

  /** Whether {@code path} takes a staff member's file. */
  boolean takesFile(String path) {
    return filePaths.contains(path);
  }

  /** How long a request to {@code path} may take to send its body. */
  Duration bodyTimeout(String path) {
    return filePaths.contains(path) ? fileTimeout : bodyTimeout;
  }
}
