/**
 * Lounges and gatherings: events from {@code events.csv} plus those staff create or edit (kept in
 * Redis), "what's next" answers in chat, and the areas (towns, neighbours, prefectures) they are
 * matched by.
 */
package jp.junction.bot.events;
