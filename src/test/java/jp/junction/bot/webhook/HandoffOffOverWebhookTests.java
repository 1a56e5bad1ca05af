package jp.junction.bot.webhook;

import static jp.junction.bot.webhook.LineWebhookFixture.body;
import static jp.junction.bot.webhook.LineWebhookFixture.eventId;
import static jp.junction.bot.webhook.LineWebhookFixture.replyToken;
import static jp.junction.bot.webhook.LineWebhookFixture.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the staff chat off (the default), 「人と話したい」 through the signed webhook gets honest words (the
 * bot is automatic) and the national phone and SNS lines, never cards and never a staff chat that
 * nobody reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandoffOffOverWebhookTests {

  static final WebhookProbe probe = new WebhookProbe();
  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

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
  void aWishToTalkWithAPersonGetsTheLinesWhereAPersonAnswers() throws Exception {
    for (String text : new String[] {"誰かと話したい", "スタッフさんいますか", "人間と話したい"}) {
      String token = replyToken();
      probe.send(body(LineWebhookFixture.text(userId(), eventId(), token, text)));
      JsonNode reply = probe.replyFor(token);

      String all = WebhookProbe.texts(reply);
      assertThat(all)
          .as(text)
          .contains("人ではありません")
          .contains("0120-279-338")
          .contains("あなたのいばしょ")
          .doesNotContain("スタッフと話したい", "見つけました");
      reply.at("/messages").forEach(m -> assertThat(m.at("/type").asText()).isEqualTo("text"));
    }
  }
}
