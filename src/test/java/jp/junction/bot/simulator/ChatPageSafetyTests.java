package jp.junction.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import jp.junction.bot.JunctionBotApplication;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The local chat page on the real bot (local mode, real Redis), in headless Chromium: a crisis
 * message shows the crisis lines with call buttons, and 「データを消して」 → 消す erases and says what was
 * erased.
 */
@SpringBootTest(
    classes = JunctionBotApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.redis.url=redis://127.0.0.1:6379/" + TestRedis.DATABASE,
      "junction.data-dir=src/test/resources/safety-data"
    })
class ChatPageSafetyTests {

  @LocalServerPort int port;

  @Test
  void crisisAnswerAndTheEraseFlowWorkOnTheChatPage() throws Exception {
    assumeTrue(
        ChatPage.browserInstalled(), "Chromium and chromedriver are not installed in /usr/bin");
    try (ChatPage page = new ChatPage(480, 900)) {
      page.open("http://127.0.0.1:" + port + "/");
      int seen = page.awaitBotMessages(1).size();

      page.type("もう死にたい");
      List<WebElement> afterCrisis = page.awaitBotMessages(seen + 4);
      String crisis = text(afterCrisis.subList(seen, afterCrisis.size()));
      assertThat(crisis).contains("0120-279-338", "0570-783-556", "119");
      assertThat(page.quickReplies())
          .extracting(WebElement::getText)
          .contains("よりそいホットライン", "いのちの電話");
      seen = afterCrisis.size();

      page.type("データを消して");
      seen = page.awaitBotMessages(seen + 1).size();
      List<String> chips = page.quickReplies().stream().map(WebElement::getText).toList();
      page.tapQuickReply(chips.indexOf("消す"));
      List<WebElement> afterErase = page.awaitBotMessages(seen + 1);

      assertThat(afterErase.get(afterErase.size() - 1).getText()).startsWith("消しました");
    }
  }

  private static String text(List<WebElement> bubbles) {
    return String.join("\n", bubbles.stream().map(WebElement::getText).toList());
  }
}
