package jp.junction.bot.richmenu;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * The richmenu command's words for the operator (Japanese, then English), from {@code
 * messages/staff.properties} like every staff-facing word, read without Spring.
 */
final class CommandWords {

  private final Properties words = new Properties();

  CommandWords() {
    try (InputStream in =
        CommandWords.class.getClassLoader().getResourceAsStream("messages/staff.properties")) {
      if (in == null) {
        throw new IllegalStateException("messages/staff.properties is not on the classpath");
      }
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read messages/staff.properties", e);
    }
  }

  String get(String key, Object... args) {
    String pattern = words.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("messages/staff.properties lacks " + key);
    }
    return new MessageFormat(pattern).format(args);
  }
}
