package jp.junction.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Takes the README's screenshot of the chat page against a running bot (the real one, in local
 * mode), after a short real conversation: the greeting on follow, a hello, the main menu, a typed
 * question and a tap on the first quick reply. Runs only when asked, through {@code
 * tools/screenshot.sh} or {@code -Djunction.screenshot.url=http://localhost:8080/}; each step fails
 * if the bot does not answer it.
 */
class ChatPageScreenshotTests {

  private static final String URL = System.getProperty("junction.screenshot.url");

  @Test
  void conversationOnTheRunningBotIsCapturedForTheDocs() throws Exception {
    assumeTrue(URL != null, "Set -Djunction.screenshot.url to the running bot's chat page");
    assumeTrue(
        ChatPage.browserInstalled(), "Chromium and chromedriver are not installed in /usr/bin");
    Path out = Path.of(System.getProperty("junction.screenshot.out", "docs/chat-page.png"));
    int width = Integer.getInteger("junction.screenshot.width", 480);
    int height = Integer.getInteger("junction.screenshot.height", 900);

    try (ChatPage page = new ChatPage(width, height)) {
      page.open(URL);
      int seen = page.awaitBotMessages(1).size();
      for (String words :
          new String[] {
            System.getProperty("junction.screenshot.greeting", "こんにちは"),
            System.getProperty("junction.screenshot.menu", "メニュー"),
            System.getProperty("junction.screenshot.question", "高松で家族会はありますか")
          }) {
        page.type(words);
        seen = page.awaitBotMessages(seen + 1).size();
      }
      if (!page.quickReplies().isEmpty()) {
        page.tapQuickReply(0);
        page.awaitBotMessages(seen + 1);
      }
      Thread.sleep(1500); // let the last poll and the scroll settle before the picture
      page.screenshot(out);
    }
    assertThat(out).isNotEmptyFile();
  }
}
