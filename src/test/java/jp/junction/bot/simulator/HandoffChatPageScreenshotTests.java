package jp.junction.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Screenshots of the staff chat on the chat page of a running bot (local mode, started with {@code
 * --junction.handoff.enabled=true} during the configured hours), for {@code docs/talk/}: 「人と話したい」
 * and its offer, then the tap 「スタッフと話したい」, a message that gets no answer from the bot, and 「メニュー」,
 * which brings it back. Runs only when {@code -Djunction.screenshot.url} is set.
 */
class HandoffChatPageScreenshotTests {

  private static final String URL = System.getProperty("junction.screenshot.url");

  @Test
  void theStaffChatIsCapturedForTheDocs() throws Exception {
    assumeTrue(URL != null, "Set -Djunction.screenshot.url");
    assumeTrue(
        ChatPage.browserInstalled(), "Chromium and chromedriver are not installed in /usr/bin");
    try (ChatPage page = new ChatPage(420, 1600)) {
      page.open(URL);
      int seen = page.awaitBotMessages(1).size();
      page.type("人と話したい");
      seen = page.awaitBotMessages(seen + 3).size();
      Thread.sleep(1500);
      page.screenshot(Path.of("docs/talk/handoff-offer.png"));

      page.tapQuickReply(index(page.quickReplies(), "スタッフと話したい"));
      seen = page.awaitBotMessages(seen + 2).size();
      page.type("家族のことで、話を聞いてほしいです");
      Thread.sleep(4000); // the bot stays quiet: nothing may come
      assertThat(page.botMessageCount()).isEqualTo(seen);
      page.type("メニュー");
      page.awaitBotMessages(seen + 2);
      Thread.sleep(1500);
      page.screenshot(Path.of("docs/talk/handoff-quiet.png"));
    }
  }

  private static int index(List<WebElement> chips, String label) {
    for (int i = 0; i < chips.size(); i++) {
      if (chips.get(i).getText().contains(label)) {
        return i;
      }
    }
    throw new AssertionError("no quick reply " + label);
  }
}
