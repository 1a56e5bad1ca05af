package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.safety.SafetyDialogs;
import jp.junction.testing.SafetySlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With Redis unreachable (a closed port), 「データを消して」 says what could not be erased, only that. */
@SpringBootTest(classes = SafetySlice.class, properties = "junction.redis.url=redis://127.0.0.1:1")
class EraseRedisDownTests {

  @DynamicPropertySource
  static void dialogs(DynamicPropertyRegistry registry) {
    registry.add("junction.conversation.dialogs-dir", () -> SafetyDialogs.folder().toString());
  }

  @Autowired ConversationEngine engine;
  @Autowired DialogContent content;
  @Autowired List<PersonalData> kinds;

  final Person person = new Person("U" + UUID.randomUUID(), "p" + UUID.randomUUID());

  @Test
  void eraseAsksForConfirmationAndThenSaysOnlyWhatCouldNotBeErased() {
    List<OutgoingMessage> confirm =
        engine.handle(new Inbound.Text(person, "データを消して", "m" + UUID.randomUUID()));
    List<OutgoingMessage> done = engine.handle(new Inbound.Postback(person, "a=privacy.erase"));

    assertThat(EraseFlowTests.eraseButton(confirm)).isNotNull();
    assertThat(EraseFlowTests.text(done))
        .startsWith(firstLine(PrivacyTexts.ERASE_FAILED))
        .contains(EraseFlowTests.names(content, kinds))
        .doesNotContain(firstLine(PrivacyTexts.ERASED_NOTHING))
        .doesNotContain(firstLine(PrivacyTexts.ERASED));
  }

  private String firstLine(PrivacyTexts key) {
    return content.text(key).lines().findFirst().orElseThrow();
  }
}
