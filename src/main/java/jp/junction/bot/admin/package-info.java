/**
 * Staff pages and JSON API behind the staff login: create, edit and cancel events, preview a notice
 * exactly as LINE shows it, send or schedule it for areas and audiences, and follow its progress as
 * counts only (never a user id).
 */
package jp.junction.bot.admin;
