package jp.junction.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Takes a screenshot of the chat page of a running bot (local mode) after the messages of {@code
 * -Djunction.screenshot.talk} ("|" between them), for {@code docs/talk/}: each must be answered;
 * then, with {@code -Djunction.screenshot.tap}, the first card button of that label. Runs only when
 * {@code -Djunction.screenshot.url} is set.
 */
class TalkChatPageScreenshotTests {

  private static final String URL = System.getProperty("junction.screenshot.url");
  private static final String TALK = System.getProperty("junction.screenshot.talk");

  @Test
  void answersToConversationalActsAreCapturedForTheDocs() throws Exception {
    assumeTrue(URL != null && TALK != null, "Set -Djunction.screenshot.url and .talk");
    assumeTrue(
        ChatPage.browserInstalled(), "Chromium and chromedriver are not installed in /usr/bin");
    Path out = Path.of(System.getProperty("junction.screenshot.out", "docs/talk/talk.png"));
    try (ChatPage page = new ChatPage(420, Integer.getInteger("junction.screenshot.height", 900))) {
      page.open(URL);
      int seen = page.awaitBotMessages(1).size();
      for (String words : TALK.split("\\|")) {
        page.type(words);
        seen = page.awaitBotMessages(seen + 1).size();
      }
      // Optionally a card's button after the talk (-Djunction.screenshot.tap=知らせてほしい).
      String tap = System.getProperty("junction.screenshot.tap");
      if (tap != null && !tap.isBlank()) {
        page.tapCardButton(tap);
        page.awaitBotMessages(seen + 1);
      }
      Thread.sleep(1500); // let the last poll and the scroll settle before the picture
      page.screenshot(out);
    }
    assertThat(out).isNotEmptyFile();
  }
}
