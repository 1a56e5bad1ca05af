package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.line.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The privacy notice names the lengths the code enforces: change a setting and the notice changes.
 * It runs on the whole bot, since every feature that keeps something fills in its own length.
 */
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.conversation.state-ttl=45m",
      "junction.safety.rate-window=2h",
      "junction.privacy.stats.retention=30d",
      "junction.webhook.dedup-ttl=12h"
    })
class PrivacyNoticeTests {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(
        registry, FeatureTestSupport.uniquePrefix(), FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @Autowired ConversationEngine engine;

  @Test
  void noticeNamesEachRetentionTakenFromTheSettings() {
    String notice = notice();

    assertThat(notice)
        .contains("最後のメッセージから45分たつと")
        .contains("2時間で消えます")
        .contains("30日のあいだ")
        .contains("受付番号：12時間で消えます")
        .doesNotContain("{", "}");
  }

  @Test
  void noticeSaysNoNameIsAskedAndHowToEraseEverything() {
    assertThat(notice()).contains("名前は聞きません").contains("「データを消して」");
  }

  @Test
  void thePrivacyNodeInTheRealDialogsShowsThisNotice() throws IOException {
    JsonNode node = realNode("privacy");

    assertThat(node).as("dialogs/ has a node 'privacy'").isNotNull();
    assertThat(node.path("say").isEmpty()).as("node privacy says nothing of its own").isTrue();
    assertThat(node.path("action").asText())
        .as("node privacy must run action privacy.notice, so its lengths come from the settings")
        .isEqualTo(NoticeAction.NAME);
  }

  private String notice() {
    String id = "U" + UUID.randomUUID();
    List<OutgoingMessage> reply =
        engine.handle(new Inbound.Postback(new Person(id, "p" + id), "a=privacy.notice"));
    assertThat(reply).hasSize(1);
    return ((OutgoingMessage.Text) reply.get(0)).text();
  }

  private static JsonNode realNode(String id) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("dialogs"), "*.yml")) {
      for (Path file : files) {
        for (JsonNode node : yaml.readTree(file.toFile()).path("nodes")) {
          if (id.equals(node.path("id").asText())) {
            return node;
          }
        }
      }
    }
    return null;
  }
}
