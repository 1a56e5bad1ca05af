package jp.junction.bot.richmenu;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.junction.bot.booklet.JapaneseFont;
import jp.junction.bot.conversation.DialogContent;
import org.springframework.stereotype.Component;

/**
 * The rich menu of {@code dialogs/richmenu.yml}, read and checked when the bot starts (a broken
 * menu stops startup, as broken dialogs do), for the local chat page to show as LINE would.
 */
@Component
public class RichMenus {

  private final Optional<RichMenu> menu;
  private final AtomicReference<byte[]> png = new AtomicReference<>();

  RichMenus(DialogContent dialogs) {
    this.menu = new RichMenuReader(dialogs).read(dialogs.folder());
  }

  /** The menu, or empty when the dialogs folder has no {@code richmenu.yml}. */
  public Optional<RichMenu> menu() {
    return menu;
  }

  /** The menu's image as the command draws it; empty without a menu or the Japanese font. */
  public Optional<byte[]> png() {
    if (menu.isEmpty() || !JapaneseFont.installed()) {
      return Optional.empty();
    }
    return Optional.of(png.updateAndGet(p -> p != null ? p : RichMenuImage.png(menu.get())));
  }
}
