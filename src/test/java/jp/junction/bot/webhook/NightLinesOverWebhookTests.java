package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.junction.bot.system.JapanTime;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * At 3 a.m. on a Wednesday (the shared clock fixed), the crisis and distress answers sent through
 * signed webhooks put the 24-hour line first and say when each closed line opens, instead of
 * listing it as if someone would answer now.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NightLinesOverWebhookTests {

  static final WebhookProbe probe = new WebhookProbe();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @TestConfiguration
  static class AtThreeInTheMorning {
    @Bean
    @Primary
    Clock threeInTheMorning() {
      return Clock.fixed(
          LocalDateTime.of(2026, 12, 2, 3, 0).atZone(JapanTime.ZONE).toInstant(), JapanTime.ZONE);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    probe.register(registry, ownKeys);
  }

  @LocalServerPort int port;

  @BeforeEach
  void connect() {
    probe.port(port).stubReplies();
  }

  @AfterAll
  static void stop() {
    probe.stop();
  }

  @Test
  void theCrisisAnswerPutsTheTwentyFourHourLineFirstAndMarksTheClosedOnes() throws Exception {
    List<String> phone = block(say("もう死にたい"), "電話で話せるところ");

    assertThat(phone.get(1)).startsWith("・【24時間】よりそいホットライン 0120-279-338");
    assertThat(phone)
        .contains("・【いまは時間外・6時から】#いのちSOS 0120-061-338（無料）")
        .contains("・【いまは時間外・10時から】いのちの電話 0570-783-556");
    assertThat(phone.indexOf("・【いまは時間外・6時から】#いのちSOS 0120-061-338（無料）"))
        .isGreaterThan(phone.indexOf(phone.get(1)));
    List<String> chat = block(say("もう死にたい"), "文字で相談できるところ");
    assertThat(chat.get(1)).startsWith("・【24時間】あなたのいばしょ");
  }

  @Test
  void theDistressAnswerDoesTheSame() throws Exception {
    List<String> lines = block(say("眠れない、しんどい"), "電話で");

    assertThat(lines.get(1)).startsWith("・【24時間】よりそいホットライン");
    assertThat(lines).anyMatch(l -> l.startsWith("・【いまは時間外・10時から】いのちの電話"));
    assertThat(lines.stream().filter(l -> l.contains("いのちの電話")))
        .noneMatch(l -> l.contains("いま受付中"));
  }

  @Test
  void theAnswerForSomeoneWorriedAboutAnotherOrdersItsLinesToo() throws Exception {
    List<String> lines = block(say("息子が死にたいと言っています"), "本人でなくても");

    assertThat(lines.get(1)).startsWith("・【24時間】よりそいホットライン");
    assertThat(lines).anyMatch(l -> l.startsWith("・【いまは時間外・6時から】#いのちSOS"));
  }

  @Test
  void aBereavedFamilyLookingForAGroupGetsTheSearchWithTheLinesBesideItNotTheCrisisAnswer()
      throws Exception {
    JsonNode reply = say("自死遺族の集まりを探しています");
    JsonNode messages = reply.at("/messages");

    assertThat(messages.toString()).doesNotContain("話してくれて、ありがとうございます");
    assertThat(messages.get(0).at("/text").asText()).doesNotContain("いつでも話せるところ");
    JsonNode last = messages.get(messages.size() - 1);
    assertThat(last.at("/text").asText()).contains("いつでも話せるところ");
    assertThat(block(reply, "いつでも話せるところ").get(1)).startsWith("・【24時間】よりそいホットライン");
    assertThat(last.at("/quickReply/items").size()).isPositive();
    assertThat(messages.get(messages.size() - 2).has("quickReply")).isFalse();
  }

  private JsonNode say(String text) throws Exception {
    String token = replyToken();
    assertThat(
            probe
                .send(body(LineWebhookFixture.text(userId(), eventId(), token, text)))
                .statusCode())
        .isEqualTo(200);
    return probe.replyFor(token);
  }

  /** The lines of the message that contains {@code heading}, from the heading's line on. */
  private static List<String> block(JsonNode reply, String heading) {
    for (JsonNode message : reply.at("/messages")) {
      String text = message.at("/text").asText();
      int at = text.indexOf(heading);
      if (at >= 0) {
        return text.substring(text.lastIndexOf('\n', at) + 1).lines().toList();
      }
    }
    throw new AssertionError("no message with " + heading + " in " + reply);
  }
}
