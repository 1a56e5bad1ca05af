package jp.junction.bot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;

/**
 * The real {@code dialogs/crisis.yml} and {@code dialogs/privacy.yml} in a folder of their own,
 * with a fixture file for the occasions the engine requires, so safety and privacy tests use the
 * real words without depending on every other feature's dialogs and actions.
 */
public final class SafetyDialogs {

  public static final List<String> FILES =
      List.of("crisis.yml", "crisis-meaning.yml", "privacy.yml", "hours.yml");
  private static Path folder;

  private SafetyDialogs() {}

  /** The real crisis and privacy dialogs, loaded as the bot loads them. */
  public static DialogContent content() {
    return new DialogContent(
        new ConversationSettings(folder(), Duration.ofMinutes(30), "search", "search.location"));
  }

  public static synchronized Path folder() {
    if (folder == null) {
      try {
        Path dir = Files.createTempDirectory("safety-dialogs");
        for (String file : FILES) {
          Files.copy(
              Path.of("dialogs", file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        try (var base = SafetyDialogs.class.getResourceAsStream("/dialog-fixture/base.yml")) {
          Files.copy(base, dir.resolve("fixture-base.yml"));
        }
        dir.toFile().deleteOnExit();
        folder = dir;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot prepare the safety dialogs folder", e);
      }
    }
    return folder;
  }
}
