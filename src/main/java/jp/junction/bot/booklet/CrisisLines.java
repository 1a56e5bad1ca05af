package jp.junction.bot.booklet;

import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.NodeKey;

/**
 * The crisis lines as the chat's crisis answer lists them ({@code dialogs/crisis.yml}, node {@code
 * crisis}): each of its messages that lists lines (・ よりそいホットライン 0120-…) gives a heading (the
 * message's first line) and its lines, so the printed page never differs from what the bot says.
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

  private static final String BULLET = "・";

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
}
