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
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.safety.SafetyDialogs;
import org.junit.jupiter.api.Test;

/** The erase reply says only what is true: what was erased, what could not be, or nothing. */
class EraseReplyTests {

  static final String CONVERSATION = "privacy.data.conversation";
  static final String COUNTER = "privacy.data.rate_limit";

  final DialogContent content =
      new DialogContent(
          new ConversationSettings(
              SafetyDialogs.folder(), Duration.ofMinutes(30), "search", "search.location"));
  final Person person = new Person("U1", "p1");

  @Test
  void whenNoStoreCanBeReachedTheReplySaysSoAndNeverThatThereWasNothing() {
    String said = reply(kind(CONVERSATION, null), kind(COUNTER, null));

    assertThat(said)
        .startsWith(firstLine(EraseAction.FAILED))
        .contains(content.text(CONVERSATION), content.text(COUNTER))
        .doesNotContain(firstLine(EraseAction.NOTHING), firstLine(EraseAction.ERASED));
  }

  @Test
  void whenOneStoreFailsTheReplyListsWhatWasErasedAndWhatWasNot() {
    String said = reply(kind(CONVERSATION, true), kind(COUNTER, null));

    assertThat(said)
        .startsWith(firstLine(EraseAction.ERASED))
        .contains(firstLine(EraseAction.FAILED))
        .doesNotContain(firstLine(EraseAction.NOTHING));
    assertThat(said.substring(0, said.indexOf(firstLine(EraseAction.FAILED))))
        .contains(content.text(CONVERSATION))
        .doesNotContain(content.text(COUNTER));
  }

  @Test
  void whenEveryStoreAnsweredAndHeldNothingTheReplySaysThereWasNothing() {
    assertThat(reply(kind(CONVERSATION, false), kind(COUNTER, false)))
        .isEqualTo(content.text(EraseAction.NOTHING));
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

  private String firstLine(String key) {
    return content.text(key).lines().findFirst().orElseThrow();
  }

  /** A kind of data whose store answers {@code held}, or is down when {@code held} is null. */
  private static PersonalData kind(String textKey, Boolean held) {
    return new PersonalData() {
      @Override
      public String textKey() {
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
