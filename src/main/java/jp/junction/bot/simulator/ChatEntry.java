package jp.junction.bot.simulator;

/**
 * One line of a chat's transcript as the page reads it.
 *
 * @param index position in this chat, counting from 0 and never reused (old entries are dropped)
 * @param from {@code user}, {@code bot} or {@code system}
 * @param via for bot entries, how it was sent: {@code reply}, {@code push} or {@code multicast}
 * @param at epoch milliseconds
 */
record ChatEntry(long index, String from, String via, long at, ChatMessage message) {}
