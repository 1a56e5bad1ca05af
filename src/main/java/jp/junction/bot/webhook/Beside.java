package jp.junction.bot.webhook;

import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;

/**
 * Puts a note after an answer within one reply: the note comes last and takes over the answer's
 * quick replies (LINE shows them under the last message only). When the answer already fills a
 * reply, the note's text joins the answer's last text message, so neither is lost.
 */
final class Beside {

  private Beside() {}

  static List<OutgoingMessage> after(List<OutgoingMessage> answer, List<OutgoingMessage> note) {
    if (note.isEmpty() || answer.isEmpty()) {
      return note.isEmpty() ? answer : note;
    }
    List<OutgoingMessage> out = new ArrayList<>(answer);
    List<OutgoingMessage.Action> chips = out.get(out.size() - 1).quickReplies();
    if (out.size() + note.size() <= LineLimits.MESSAGES_PER_REQUEST) {
      out.set(out.size() - 1, withoutChips(out.get(out.size() - 1)));
      for (int i = 0; i < note.size(); i++) {
        OutgoingMessage m = note.get(i);
        out.add(i == note.size() - 1 ? withChips(m, chips) : m);
      }
      return out;
    }
    String words = String.join("\n\n", note.stream().map(Beside::text).toList());
    for (int i = out.size() - 1; i >= 0; i--) {
      if (out.get(i) instanceof OutgoingMessage.Text t
          && t.text().length() + words.length() + 2 <= LineLimits.TEXT) {
        out.set(i, new OutgoingMessage.Text(t.text() + "\n\n" + words, t.quickReplies()));
        return out;
      }
    }
    out.set(out.size() - 1, withChips(new OutgoingMessage.Text(words), chips));
    return out;
  }

  private static String text(OutgoingMessage m) {
    return m instanceof OutgoingMessage.Text t ? t.text() : "";
  }

  private static OutgoingMessage withoutChips(OutgoingMessage m) {
    return withChips(m, List.of());
  }

  private static OutgoingMessage withChips(OutgoingMessage m, List<OutgoingMessage.Action> chips) {
    if (m instanceof OutgoingMessage.Text t) {
      return new OutgoingMessage.Text(t.text(), chips);
    }
    if (m instanceof OutgoingMessage.Cards c) {
      return new OutgoingMessage.Cards(c.altText(), c.cards(), chips);
    }
    return m;
  }
}
