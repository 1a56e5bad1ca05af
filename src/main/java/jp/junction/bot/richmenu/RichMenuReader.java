package jp.junction.bot.richmenu;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.DialogException;
import jp.junction.bot.conversation.NodeKey;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;

/**
 * Reads {@code richmenu.yml} from the dialogs folder and checks it against LINE's limits and the
 * dialogs themselves: a text must reach a dialog trigger (never fall into the search), a goto must
 * name a node. Every problem names the file and key; any problem fails the whole menu.
 */
final class RichMenuReader {

  static final String FILE = "richmenu.yml";

  /** Background colours by area, when the file names none: warm, light, each readable in ink. */
  private static final List<String> PALETTE =
      List.of("#FFE3C7", "#DDEFD6", "#DCEAF6", "#FBE0E4", "#FFF0BF", "#E8E1F4", "#D9F0EC");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private final DialogContent dialogs;

  RichMenuReader(DialogContent dialogs) {
    this.dialogs = dialogs;
  }

  /** The menu of {@code folder}, or empty when it has no {@code richmenu.yml}. */
  Optional<RichMenu> read(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    RichMenuFile parsed;
    try {
      parsed = yaml.readValue(file.toFile(), RichMenuFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw fail(
          List.of("unknown key '" + e.getPropertyName() + "' at " + DialogException.where(e)));
    } catch (JsonMappingException e) {
      throw fail(List.of(e.getOriginalMessage() + " at " + DialogException.where(e)));
    } catch (IOException e) {
      throw fail(List.of("cannot be read: " + e.getMessage()));
    }
    if (parsed == null) {
      throw fail(List.of("empty file"));
    }
    return Optional.of(check(parsed));
  }

  RichMenu check(RichMenuFile file) {
    List<String> problems = new ArrayList<>();
    checkText(problems, "chatBarText", file.chatBarText(), LineLimits.RICH_MENU_CHAT_BAR_TEXT);
    int width = file.size() == null ? 0 : file.size().width();
    int height = file.size() == null ? 0 : file.size().height();
    checkSize(problems, width, height);
    List<RichMenuFile.Area> areas = file.areas();
    if (areas.isEmpty() || areas.size() > LineLimits.RICH_MENU_AREAS) {
      problems.add("areas: between 1 and " + LineLimits.RICH_MENU_AREAS + " areas (LINE's limit)");
    }
    List<RichMenuFile.Bounds> bounds = bounds(problems, file, width, height);
    List<RichMenu.Area> checked = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      String at = "areas[" + i + "]";
      RichMenuFile.Area area = areas.get(i);
      checkText(problems, at + ".label", area.label(), LineLimits.RICH_MENU_LABEL);
      if (area.note() != null) {
        checkText(problems, at + ".note", area.note(), LineLimits.RICH_MENU_LABEL);
      }
      String color = area.color() == null ? PALETTE.get(i % PALETTE.size()) : area.color();
      if (!color.matches("#[0-9A-Fa-f]{6}")) {
        problems.add(at + ".color: '" + color + "' is not #RRGGBB");
      }
      RichMenu.Tap tap = tap(problems, at, area);
      RichMenuFile.Bounds b = i < bounds.size() ? bounds.get(i) : null;
      if (tap != null && b != null && area.label() != null) {
        checked.add(
            new RichMenu.Area(
                area.label().strip(),
                area.note() == null ? null : area.note().strip(),
                color.toUpperCase(java.util.Locale.ROOT),
                b.x(),
                b.y(),
                b.width(),
                b.height(),
                tap));
      }
    }
    if (!problems.isEmpty()) {
      throw fail(problems);
    }
    return new RichMenu(file.chatBarText().strip(), width, height, checked);
  }

  private RichMenu.Tap tap(List<String> problems, String at, RichMenuFile.Area area) {
    if ((area.text() == null) == (area.gotoNode() == null)) {
      problems.add(at + ": needs exactly one of text, goto");
      return null;
    }
    if (area.gotoNode() != null) {
      if (!dialogs.hasNode(area.gotoNode())) {
        problems.add(at + ".goto: no node '" + area.gotoNode() + "'");
        return null;
      }
      if (area.label() == null) {
        return null;
      }
      NodeKey node = area::gotoNode;
      OutgoingMessage.Action.Postback postback =
          (OutgoingMessage.Action.Postback) dialogs.gotoNode(area.label().strip(), node);
      return new RichMenu.Postback(postback.data(), postback.displayText());
    }
    String text = area.text().strip();
    if (text.isEmpty() || text.length() > LineLimits.ACTION_TEXT) {
      problems.add(at + ".text: 1 to " + LineLimits.ACTION_TEXT + " characters");
      return null;
    }
    if (dialogs.nodeTriggeredBy(text).isEmpty()) {
      problems.add(
          at
              + ".text: '"
              + text
              + "' reaches no dialog trigger or keyword (it would go to the search); add it to a"
              + " node's triggers, or use goto");
      return null;
    }
    return new RichMenu.Message(text);
  }

  /** Each area's bounds: as written, or laid out in rows when none is written. */
  private static List<RichMenuFile.Bounds> bounds(
      List<String> problems, RichMenuFile file, int width, int height) {
    List<RichMenuFile.Area> areas = file.areas();
    long written = areas.stream().filter(a -> a.bounds() != null).count();
    if (written == 0) {
      int columns = file.columns() == null ? 3 : file.columns();
      if (columns < 1) {
        problems.add("columns: at least 1");
        return List.of();
      }
      return RichMenuLayout.rows(areas.size(), columns, width, height);
    }
    if (written != areas.size()) {
      problems.add("areas: give bounds for every area or for none (then columns lays them out)");
      return List.of();
    }
    List<RichMenuFile.Bounds> out = areas.stream().map(RichMenuFile.Area::bounds).toList();
    for (int i = 0; i < out.size(); i++) {
      RichMenuFile.Bounds b = out.get(i);
      if (b.x() < 0
          || b.y() < 0
          || b.width() < 1
          || b.height() < 1
          || b.x() + b.width() > width
          || b.y() + b.height() > height) {
        problems.add("areas[" + i + "].bounds: outside the " + width + "×" + height + " image");
      }
      for (int j = 0; j < i; j++) {
        if (RichMenuLayout.overlap(b, out.get(j))) {
          problems.add("areas[" + i + "].bounds: overlaps areas[" + j + "]");
        }
      }
    }
    return out;
  }

  private static void checkSize(List<String> problems, int width, int height) {
    if (width < LineLimits.RICH_MENU_MIN_WIDTH || width > LineLimits.RICH_MENU_MAX_WIDTH) {
      problems.add(
          "size.width: "
              + width
              + " is not between "
              + LineLimits.RICH_MENU_MIN_WIDTH
              + " and "
              + LineLimits.RICH_MENU_MAX_WIDTH);
    }
    if (height < LineLimits.RICH_MENU_MIN_HEIGHT) {
      problems.add("size.height: " + height + " is below " + LineLimits.RICH_MENU_MIN_HEIGHT);
    } else if ((double) width / height < LineLimits.RICH_MENU_MIN_RATIO) {
      problems.add(
          "size: width / height is "
              + String.format(java.util.Locale.ROOT, "%.3f", (double) width / height)
              + ", below "
              + LineLimits.RICH_MENU_MIN_RATIO);
    }
  }

  private static void checkText(List<String> problems, String at, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(at + ": missing");
    } else if (value.strip().codePointCount(0, value.strip().length()) > max) {
      problems.add(at + ": '" + value.strip() + "' is longer than " + max + " characters");
    }
  }

  private static DialogException fail(List<String> problems) {
    return new DialogException(
        "Dialogs: " + FILE + " has problems:\n  - " + String.join("\n  - ", problems));
  }
}
