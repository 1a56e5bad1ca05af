/**
 * The note to take along (相談メモ): three gentle questions answered by taps (who it is for, what kind
 * of help, what they would like to say; each can be skipped), then 「はじめて相談するときのメモ」 to copy or
 * screenshot before a first visit or call. What was chosen travels in the taps' own postback data,
 * so nothing of it is written to Redis at any step. Words in {@code dialogs/memo.yml}.
 */
package jp.junction.bot.memo;
