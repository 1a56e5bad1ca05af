/**
 * Lounges and gatherings: events from {@code events.csv} plus those staff create or edit (kept in
 * Redis) and "what's next" answers in chat, matched by the areas of {@code places/} (towns,
 * neighbours, prefectures). Each card offers 「知らせてほしい」, which saved/ books as a reminder.
 */
package jp.junction.bot.events;
