package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.safety.SafetyDialogs;
import org.junit.jupiter.api.Test;

/** The erase reply says only what is true: what was erased, what could not be, or nothing. */
class EraseReplyTests {

  /** Two kinds of kept data, named by the real words for them. */
  enum Kind implements TextKey {
    CONVERSATION("privacy.data.conversation"),
    COUNTER("privacy.data.rate_limit");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  final DialogContent content =
      new DialogContent(
          new ConversationSettings(
              SafetyDialogs.folder(), Duration.ofMinutes(30), "search", "search.location"));
  final Person person = new Person("U1", "p1");

  @Test
  void whenNoStoreCanBeReachedTheReplySaysSoAndNeverThatThereWasNothing() {
    String said = reply(kind(Kind.CONVERSATION, null), kind(Kind.COUNTER, null));

    assertThat(said)
        .startsWith(firstLine(PrivacyTexts.ERASE_FAILED))
        .contains(content.text(Kind.CONVERSATION), content.text(Kind.COUNTER))
        .doesNotContain(firstLine(PrivacyTexts.ERASED_NOTHING), firstLine(PrivacyTexts.ERASED));
  }

  @Test
  void whenOneStoreFailsTheReplyListsWhatWasErasedAndWhatWasNot() {
    String said = reply(kind(Kind.CONVERSATION, true), kind(Kind.COUNTER, null));

    assertThat(said)
        .startsWith(firstLine(PrivacyTexts.ERASED))
        .contains(firstLine(PrivacyTexts.ERASE_FAILED))
        .doesNotContain(firstLine(PrivacyTexts.ERASED_NOTHING));
    assertThat(said.substring(0, said.indexOf(firstLine(PrivacyTexts.ERASE_FAILED))))
        .contains(content.text(Kind.CONVERSATION))
        .doesNotContain(content.text(Kind.COUNTER));
  }

  @Test
  void whenEveryStoreAnsweredAndHeldNothingTheReplySaysThereWasNothing() {
    assertThat(reply(kind(Kind.CONVERSATION, false), kind(Kind.COUNTER, false)))
        .isEqualTo(content.text(PrivacyTexts.ERASED_NOTHING));
  }

  private String reply(PersonalData... kinds) {
    EraseAction erase = new EraseAction(new PersonalDataEraser(List.of(kinds)), content);
    ActionResult result =
        erase.run(
            new ActionContext(new Inbound.Postback(person, "a=privacy.erase"), Map.of(), null));
    assertThat(result).isInstanceOf(ActionResult.Say.class);
    List<OutgoingMessage> out = ((ActionResult.Say) result).messages();
    assertThat(out).hasSize(1);
    return ((OutgoingMessage.Text) out.get(0)).text();
  }

  private String firstLine(PrivacyTexts key) {
    return content.text(key).lines().findFirst().orElseThrow();
  }

  /** A kind of data whose store answers {@code held}, or is down when {@code held} is null. */
  private static PersonalData kind(Kind textKey, Boolean held) {
    return new PersonalData() {
      @Override
      public TextKey textKey() {
        return textKey;
      }

      @Override
      public boolean erase(Person person) {
        if (held == null) {
          throw new IllegalStateException("store down");
        }
        return held;
      }
    };
  }
}
