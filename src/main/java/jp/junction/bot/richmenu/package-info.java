/**
 * The rich menu: the big buttons under the chat in LINE, from {@code dialogs/richmenu.yml}. Read
 * and checked against the dialogs at startup ({@link jp.junction.bot.richmenu.RichMenus}, also for
 * the local chat page), drawn with the booklet's Japanese font, and put on the channel by the
 * {@code richmenu --apply} command ({@link jp.junction.bot.richmenu.RichMenuCommand}).
 */
package jp.junction.bot.richmenu;
