/**
 * Staff pages and JSON API behind the staff login: create, edit and cancel events, preview a notice
 * exactly as LINE shows it, send or schedule it for areas and audiences, and follow its progress as
 * counts only (never a user id); keep the directory (窓口と居場所) true, one entry at a time or as a
 * spreadsheet (取り込み: a preview of every change and row error, then one apply; 書き出し). The pages are
 * Thymeleaf templates ({@code templates/staff/}, one layout and shared field fragments) with every
 * word in {@code messages/staff.properties} and Pico CSS from its WebJar; their forms are objects
 * checked with Bean Validation, field by field and as a whole ({@link
 * jp.junction.bot.admin.WholeForm}), and come back as typed with Japanese errors.
 */
package jp.junction.bot.admin;
