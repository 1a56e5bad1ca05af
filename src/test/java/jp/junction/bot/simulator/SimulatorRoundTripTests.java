package jp.junction.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole loop on a real server: the page's API posts a signed body over HTTP to the port the
 * server really got, a webhook that verifies it with the LINE SDK replies through the local
 * gateway, and the page shows the reply. The webhook here is {@link EchoBot}, not the bot's own.
 */
@SpringBootTest(
    classes = SimulatorRoundTripTests.EchoApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorRoundTripTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  private final String user = "U" + UUID.randomUUID().toString().replace("-", "");

  @Test
  void typedTextReachesTheWebhookOnTheServersOwnPortAndItsReplyIsShown() {
    ResponseEntity<Map> sent =
        http.postForEntity(
            "/simulator/events",
            Map.of("userId", user, "type", "text", "text", "こんにちは"),
            Map.class);

    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(http.getForObject("/simulator/messages?userId=" + user, String.class))
                    .contains("\"from\":\"user\"", "\"from\":\"bot\"", "echo: こんにちは"));
  }

  @Test
  void pageGreetsEchoesTapsAndShowsCardsInARealBrowser() throws Exception {
    try (ChatPage page = openedPage()) {
      assertThat(page.awaitBotMessages(1).get(0).getText()).isEqualTo("ようこそ\nゆっくりどうぞ");
      assertThat(page.quickReplies())
          .extracting(e -> e.getText())
          .containsExactly("はい", "ヘルプ", "位置情報");

      page.type("<b>太字</b>");
      assertThat(page.awaitBotMessages(2).get(1).getText()).isEqualTo("echo: <b>太字</b>");
      assertThat(page.userBubbles()).containsExactly("<b>太字</b>");
      assertThat(page.quickReplies()).isEmpty();

      page.openMenu();
      page.chooseFromMenu("location");
      page.pickPlace("高松駅");
      assertThat(page.awaitBotMessages(3).get(2).getText()).isEqualTo("location: 高松駅");

      page.type("cards");
      page.awaitBotMessages(4);
      assertThat(page.cards()).hasSize(2);
      assertThat(page.cards().get(0).getText()).contains("地域の居場所", "予約不要", "2026-11 確認", "詳しく");
      page.screenshot(java.nio.file.Path.of("target", "simulator", "chat-page-echo.png"));
    }
  }

  @Test
  void quickReplyPostbackShowsItsDisplayTextAndReachesTheWebhook() throws Exception {
    try (ChatPage page = openedPage()) {
      page.awaitBotMessages(1);

      page.tapQuickReply(0);

      assertThat(page.awaitBotMessages(2).get(1).getText()).isEqualTo("postback: answer=yes");
      assertThat(page.userBubbles()).containsExactly("はい、おねがいします");
    }
  }

  private ChatPage openedPage() throws java.io.IOException {
    assumeTrue(
        ChatPage.browserInstalled(), "Chromium and chromedriver are not installed in /usr/bin");
    ChatPage page = new ChatPage(480, 900);
    page.open("http://127.0.0.1:" + port + "/");
    return page;
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration(exclude = RedisAutoConfiguration.class)
  @Import({
    SimulatorTestBeans.class,
    SimulatorConfiguration.class,
    SimulatorController.class,
    EchoBot.class
  })
  static class EchoApp {}
}
