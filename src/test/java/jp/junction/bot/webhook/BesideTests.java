package jp.junction.bot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.OutgoingMessage.Action;
import jp.junction.bot.line.OutgoingMessage.Text;
import org.junit.jupiter.api.Test;

class BesideTests {

  static final List<Action> CHIPS = List.of(new Action.Message("メニュー", "メニュー"));
  static final List<OutgoingMessage> NOTE = List.of(new Text("いつでも話せるところがあります。"));

  @Test
  void theNoteComesLastAndTakesOverTheQuickReplies() {
    List<OutgoingMessage> out =
        Beside.after(List.of(new Text("見つけました"), new Text("カード", CHIPS)), NOTE);

    assertThat(out).hasSize(3);
    assertThat(out.get(1).quickReplies()).isEmpty();
    assertThat(out.get(2)).isEqualTo(new Text("いつでも話せるところがあります。", CHIPS));
  }

  @Test
  void aFullReplyKeepsEveryMessageAndAddsTheNoteToItsLastText() {
    List<OutgoingMessage> full =
        List.of(
            new Text("1"),
            new Text("2"),
            new Text("3"),
            new OutgoingMessage.Cards("カード", List.of(), List.of()),
            new OutgoingMessage.Cards("カード", List.of(), CHIPS));

    List<OutgoingMessage> out = Beside.after(full, NOTE);

    assertThat(out).hasSize(5);
    assertThat(((Text) out.get(2)).text()).isEqualTo("3\n\nいつでも話せるところがあります。");
    assertThat(out.get(4).quickReplies()).isEqualTo(CHIPS);
  }

  @Test
  void withoutANoteTheAnswerIsUnchanged() {
    List<OutgoingMessage> answer = List.of(new Text("こんにちは", CHIPS));

    assertThat(Beside.after(answer, List.of())).isSameAs(answer);
    assertThat(Beside.after(Collections.emptyList(), NOTE)).isEqualTo(NOTE);
  }
}
