/**
 * Lounges and gatherings: events from {@code events.csv} plus those staff create or edit (kept in
 * Redis) and "what's next" answers in chat, matched by the areas of {@code places/} (towns,
 * neighbours, prefectures).
 */
package jp.junction.bot.events;
