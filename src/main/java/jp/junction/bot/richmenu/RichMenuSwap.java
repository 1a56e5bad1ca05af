package jp.junction.bot.richmenu;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.line.RichMenuApi;

/**
 * Puts a new menu in place of the old one, in an order that never leaves people without a menu:
 * LINE validates it, it is created and given its image, made the default, and only then are the
 * menus this command made before deleted. A menu already in place unchanged (same name, so same
 * content and image) is left as it is. A step that fails deletes the half-made new menu, so the old
 * one stays the default.
 */
final class RichMenuSwap {

  private final RichMenuApi line;
  private final CommandWords words;
  private final PrintStream out;

  RichMenuSwap(RichMenuApi line, CommandWords words, PrintStream out) {
    this.line = line;
    this.words = words;
    this.out = out;
  }

  int apply(byte[] json, byte[] image, String contentType) {
    String name = RichMenuJson.name(json);
    List<RichMenuApi.Menu> ours =
        line.list().stream().filter(m -> m.name().startsWith(RichMenuJson.NAME_PREFIX)).toList();
    Optional<String> before = line.defaultMenu();
    Optional<RichMenuApi.Menu> same =
        ours.stream()
            .filter(m -> m.name().equals(name) && before.equals(Optional.of(m.id())))
            .findFirst();
    if (same.isPresent()) {
      out.println(words.get("richmenu.unchanged", same.get().id()));
      deleteOthers(ours, same.get().id());
      return 0;
    }
    line.validate(json);
    String id = line.create(json);
    try {
      line.upload(id, image, contentType);
      line.setDefault(id);
    } catch (RichMenuApi.Refused e) {
      try {
        line.delete(id);
      } catch (RichMenuApi.Refused ignored) {
        // The half-made menu is not the default, so no one sees it; the error below says why.
      }
      throw e;
    }
    out.println(words.get("richmenu.applied", id));
    deleteOthers(ours, id);
    if (before.isPresent() && ours.stream().noneMatch(m -> m.id().equals(before.get()))) {
      out.println(words.get("richmenu.kept-foreign", before.get()));
    }
    return 0;
  }

  private void deleteOthers(List<RichMenuApi.Menu> ours, String keep) {
    for (RichMenuApi.Menu menu : ours) {
      if (!menu.id().equals(keep)) {
        line.delete(menu.id());
        out.println(words.get("richmenu.deleted", menu.id()));
      }
    }
  }
}
