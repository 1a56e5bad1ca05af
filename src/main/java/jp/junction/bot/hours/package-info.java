/**
 * Opening hours: the hours text of a line or a place as staff write it (「月〜金 8:30-17:15」 「毎月第2土
 * 13:30-16:00」「19:00-翌2:00」「24時間 年中無休」「土日祝休み」) read into a schedule ({@link
 * jp.junction.bot.hours.OpeningHours}) that says whether it is open at a moment in Japan time and
 * when it next opens; Japan's public holidays ({@link jp.junction.bot.hours.JapaneseHolidays}); and
 * the words for "open now" and "opens at" from {@code dialogs/hours.yml} ({@link
 * jp.junction.bot.hours.OpenNotes}). Text that cannot be read is kept as it is and never guessed
 * at.
 */
package jp.junction.bot.hours;
