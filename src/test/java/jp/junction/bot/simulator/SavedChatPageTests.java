package jp.junction.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import jp.junction.bot.JunctionBotApplication;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Saved places on the local chat page of the real bot (local mode, real Redis), in headless
 * Chromium: a found card shows 「あとで見る」, tapping it saves the place, and 「保存した場所」 lists it as a card
 * with 「外す」. The last view is written to {@code target/screenshots/saved-places.png} (copied to
 * docs/ by hand when it is good).
 */
@SpringBootTest(
    classes = JunctionBotApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "junction.data-dir=src/test/resources/safety-data")
class SavedChatPageTests {

  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    ownKeys.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void aCardsButtonSavesThePlaceAndTheSavedListShowsIt() throws Exception {
    assumeTrue(
        ChatPage.browserInstalled(), "Chromium and chromedriver are not installed in /usr/bin");
    try (ChatPage page = new ChatPage(480, 1500)) {
      page.open("http://127.0.0.1:" + port + "/");
      int seen = page.awaitBotMessages(1).size();

      page.type("前橋で居場所を探しています");
      seen = page.awaitBotMessages(seen + 2).size();
      WebElement card = page.cards().get(0);
      String name = card.findElement(By.cssSelector(".card-title")).getText();
      button(card, "あとで見る").click();
      List<WebElement> after = page.awaitBotMessages(seen + 1);
      assertThat(after.get(after.size() - 1).getText()).startsWith("保存しました");
      assertThat(page.userBubbles()).contains("「" + name + "」をあとで見る");
      seen = after.size();

      page.type("保存した場所");
      page.awaitBotMessages(seen + 2);
      List<WebElement> cards = page.cards();
      WebElement listed = cards.get(cards.size() - 1);
      assertThat(listed.findElement(By.cssSelector(".card-title")).getText()).isEqualTo(name);
      assertThat(button(listed, "外す").isDisplayed()).isTrue();
      assertThat(page.quickReplies()).extracting(WebElement::getText).contains("すべて外す");
      Thread.sleep(800); // let the scroll settle before the picture
      page.screenshot(Path.of("target/screenshots/saved-places.png"));
    }
  }

  private static WebElement button(WebElement card, String label) {
    return card.findElements(By.cssSelector(".card-buttons button")).stream()
        .filter(b -> b.getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + label + " on " + card.getText()));
  }
}
