/**
 * Answers questions in the chat with places to go: turns a typed question, a tapped refinement or a
 * shared location into a search, and the result into a carousel of cards with honest notes on what
 * was understood and how far the search had to widen.
 */
package jp.junction.bot.guide;
