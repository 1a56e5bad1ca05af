package jp.junction.bot.conversation;

import java.util.List;

/**
 * Dialog actions a feature registers together, such as the steps of one flow; a bean of this type
 * counts as each of its actions registered on its own.
 */
public interface DialogActions {

  List<DialogAction> actions();
}
