package jp.junction.bot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The signal patterns of {@code search/understanding.properties}, compiled once. */
final class Lexicon {

  private static final String RESOURCE = "search/understanding.properties";

  private final Map<String, Pattern> patterns = new HashMap<>();

  private Lexicon(Properties properties) {
    for (String key : properties.stringPropertyNames()) {
      try {
        patterns.put(key, Pattern.compile(properties.getProperty(key)));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(RESOURCE + ": key " + key + ": " + e.getMessage(), e);
      }
    }
  }

  static Lexicon load() {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new Lexicon(properties);
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The text with every occurrence of the signal's pattern blanked out (as many spaces), so that
   * what it covers is read as no signal: a kind of help turned down (カウンセリングみたいなのはしんどい).
   */
  String blank(String key, String form) {
    return pattern(key).matcher(form).replaceAll(m -> " ".repeat(m.group().length()));
  }

  /** True when the signal's pattern occurs in any of the forms of the text. */
  boolean has(String key, String... forms) {
    Pattern pattern = pattern(key);
    for (String form : forms) {
      if (pattern.matcher(form).find()) {
        return true;
      }
    }
    return false;
  }

  private Pattern pattern(String key) {
    Pattern pattern = patterns.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no lexicon key " + key);
    }
    return pattern;
  }
}
