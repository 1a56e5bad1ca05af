package jp.junction.bot.booklet;

import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.ListKey;
import jp.junction.bot.conversation.NodeKey;

/**
 * The crisis lines as the chat's crisis answer lists them ({@code dialogs/crisis.yml}, node {@code
 * crisis}): each of its messages that lists lines (・ よりそいホットライン 0120-…) gives a heading (the
 * message's first line) and its lines, so the printed page never differs from what the bot says. A
 * message that lists its lines through a placeholder ({@code {lines.phone}}) gets them from the
 * list it names ({@code crisis_lines_phone}: 「line ｜ hours」), printed with their hours: paper
 * cannot say what is open now.
 */
final class CrisisLines {

  /** A heading with its lines. */
  record Block(String heading, List<String> lines) {}

  private enum Node implements NodeKey {
    CRISIS;

    @Override
    public String key() {
      return "crisis";
    }
  }

  /** The placeholders of the crisis answer and the lists they stand for. */
  private enum Lines implements ListKey {
    PHONE("{lines.phone}", "crisis_lines_phone"),
    CHAT("{lines.chat}", "crisis_lines_chat");

    private final String placeholder;
    private final String key;

    Lines(String placeholder, String key) {
      this.placeholder = placeholder;
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  private static final String BULLET = "・";
  private static final String HOURS = "｜";

  private CrisisLines() {}

  static List<Block> read(DialogContent words) {
    List<Block> blocks = new ArrayList<>();
    for (String message : words.say(Node.CRISIS)) {
      String[] lines = message.split("\n");
      List<String> listed = new ArrayList<>();
      for (String line : lines) {
        if (line.strip().startsWith(BULLET)) {
          listed.add(line.strip());
        }
        for (Lines list : Lines.values()) {
          if (line.strip().equals(list.placeholder)) {
            words.list(list).forEach(entry -> listed.add(printed(entry)));
          }
        }
      }
      if (!listed.isEmpty()) {
        String first = lines[0].strip();
        blocks.add(new Block(first.startsWith(BULLET) ? "" : first, listed));
      }
    }
    if (blocks.isEmpty()) {
      throw new IllegalStateException(
          "dialogs: node crisis lists no line starting with " + BULLET + " for the booklet");
    }
    return blocks;
  }

  /** 「よりそいホットライン 0120-… ｜ 24時間 年中無休」 as 「・ よりそいホットライン 0120-…（24時間 年中無休）」. */
  private static String printed(String entry) {
    int bar = entry.indexOf(HOURS);
    String line =
        bar < 0
            ? entry.strip()
            : entry.substring(0, bar).strip() + "（" + entry.substring(bar + 1).strip() + "）";
    return BULLET + " " + line;
  }
}
