package jp.junction.bot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The domain synonym groups of {@code search/synonyms.txt} (first word canonical). */
final class Synonyms {

  private static final String RESOURCE = "search/synonyms.txt";

  private Synonyms() {}

  static List<List<String>> load() {
    InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the classpath");
    }
    List<List<String>> groups = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> words = new ArrayList<>();
        for (String word : line.split(",")) {
          if (!word.isBlank()) {
            words.add(word.strip());
          }
        }
        groups.add(words);
      }
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
    }
    return groups;
  }
}
